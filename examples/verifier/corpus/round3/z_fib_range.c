#include "hdr.h"
char LICENSE[] SEC("license") = "GPL";
XDP { struct bpf_fib_lookup f = {}; __u32 n = opaque() & 63; return bpf_fib_lookup(xdp, &f, n, 0) ? XDP_PASS : XDP_DROP; }
