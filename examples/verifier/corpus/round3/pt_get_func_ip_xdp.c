#include "hdr.h"
char LICENSE[] SEC("license") = "GPL";
XDP { return bpf_get_func_ip(xdp) & 1; }
