#include "hdr.h"
char LICENSE[] SEC("license") = "GPL";
TC { char z = 0; unsigned char *d = (void*)(long)skb->data, *e = (void*)(long)skb->data_end; if (d + 20 > e) return 0; bpf_l3_csum_replace(skb, 14, 1, 2, 2); return d[0]; }
