#include "hdr.h"
char LICENSE[] SEC("license") = "GPL";
TC { void *d = (void*)(long)skb->data, *e = (void*)(long)skb->data_end; if (d + 8 > e) return 0; bpf_perf_event_output(skb, &pe, 0, d, 16); return 0; }
