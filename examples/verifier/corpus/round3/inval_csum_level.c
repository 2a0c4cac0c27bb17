#include "hdr.h"
char LICENSE[] SEC("license") = "GPL";
TC { char z = 0; unsigned char *d = (void*)(long)skb->data, *e = (void*)(long)skb->data_end; if (d + 20 > e) return 0; bpf_csum_level(skb, 0); return d[0]; }
