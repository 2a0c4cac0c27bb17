#include "hdr.h"
char LICENSE[] SEC("license") = "GPL";
XDP { return bpf_fib_lookup(xdp, (void*)ro, 64, 0) ? XDP_PASS : XDP_DROP; }
