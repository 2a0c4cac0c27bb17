#include "hdr.h"
char LICENSE[] SEC("license") = "GPL";
XDP { char b[16] = {}; __u32 n = opaque() & 15; return bpf_xdp_store_bytes(xdp, 0, b, n); }
