#include "hdr.h"
char LICENSE[] SEC("license") = "GPL";
TC { __u64 k = 0; void *d = (void*)(long)skb->data, *e = (void*)(long)skb->data_end; if (d + 32 > e) return 0; return bpf_map_update_elem(&hash, &k, d, 0); }
