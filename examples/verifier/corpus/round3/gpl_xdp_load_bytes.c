#include "hdr.h"
char LICENSE[] SEC("license") = "Proprietary";
XDP { char b[4]; return bpf_xdp_load_bytes(xdp, 0, b, 4); }
