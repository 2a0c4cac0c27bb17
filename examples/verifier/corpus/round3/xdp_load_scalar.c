#include "hdr.h"
char LICENSE[] SEC("license") = "GPL";
XDP { __u64 x = opaque(); return bpf_xdp_load_bytes(xdp, 0, (void*)x, 4); }
