#include "hdr.h"
char LICENSE[] SEC("license") = "Proprietary";
XDP { struct bpf_fib_lookup f = {}; return bpf_fib_lookup(xdp, &f, sizeof(f), 0) ? XDP_PASS : XDP_DROP; }
