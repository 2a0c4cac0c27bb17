#include "hdr.h"
char LICENSE[] SEC("license") = "GPL";
TC { void *d = (void*)(long)skb->data, *e = (void*)(long)skb->data_end; if (d + 4 > e) return 0; return bpf_map_lookup_elem(&hash, d) != 0; }
