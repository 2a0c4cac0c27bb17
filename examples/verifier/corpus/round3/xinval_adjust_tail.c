#include "hdr.h"
char LICENSE[] SEC("license") = "GPL";
XDP { char z = 0; unsigned char *d = (void*)(long)xdp->data, *e = (void*)(long)xdp->data_end; if (d + 20 > e) return 0; bpf_xdp_adjust_tail(xdp, -4); return d[0]; }
