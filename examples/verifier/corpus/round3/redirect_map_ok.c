#include "hdr.h"
char LICENSE[] SEC("license") = "GPL";
XDP { return bpf_redirect_map(&dm, 0, XDP_PASS); }
