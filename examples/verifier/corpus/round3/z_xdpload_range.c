#include "hdr.h"
char LICENSE[] SEC("license") = "GPL";
XDP { char b[16]; __u32 n = opaque() & 15; return bpf_xdp_load_bytes(xdp, 0, b, n); }
