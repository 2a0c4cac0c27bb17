#include "hdr.h"
char LICENSE[] SEC("license") = "GPL";
XDP { char b[8] = {}; return bpf_xdp_store_bytes(xdp, 0, b, 0); }
