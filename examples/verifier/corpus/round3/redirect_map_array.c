#include "hdr.h"
char LICENSE[] SEC("license") = "GPL";
XDP { return bpf_redirect_map(&arr, 0, 0); }
