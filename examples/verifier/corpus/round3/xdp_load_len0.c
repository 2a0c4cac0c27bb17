#include "hdr.h"
char LICENSE[] SEC("license") = "GPL";
XDP { char b[8]; return bpf_xdp_load_bytes(xdp, 0, b, 0); }
