#include "hdr.h"
char LICENSE[] SEC("license") = "GPL";
XDP { return bpf_xdp_store_bytes(xdp, 0, (void*)ro, 8); }
