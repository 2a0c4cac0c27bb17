#include "hdr.h"
char LICENSE[] SEC("license") = "GPL";
XDP { return bpf_get_attach_cookie(xdp) & 1; }
