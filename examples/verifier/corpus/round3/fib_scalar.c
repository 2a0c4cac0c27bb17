#include "hdr.h"
char LICENSE[] SEC("license") = "GPL";
XDP { __u64 x = opaque(); return bpf_fib_lookup(xdp, (void*)x, 64, 0) ? XDP_PASS : XDP_DROP; }
