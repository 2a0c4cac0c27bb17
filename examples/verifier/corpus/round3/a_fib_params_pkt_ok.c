#include "hdr.h"
char LICENSE[] SEC("license") = "GPL";
XDP { void *d = (void*)(long)xdp->data, *e = (void*)(long)xdp->data_end; if (d + 64 > e) return 0; return bpf_fib_lookup(xdp, d, 64, 0) ? XDP_PASS : XDP_DROP; }
