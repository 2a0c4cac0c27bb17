#include "hdr.h"
char LICENSE[] SEC("license") = "GPL";
XDP { struct bpf_fib_lookup f; f.family = 2; return bpf_fib_lookup(xdp, &f, sizeof(f), 0) ? XDP_PASS : XDP_DROP; }
