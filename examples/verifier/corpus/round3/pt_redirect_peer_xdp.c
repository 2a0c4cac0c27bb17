#include "hdr.h"
char LICENSE[] SEC("license") = "GPL";
XDP { return bpf_redirect_peer(1, 0); }
