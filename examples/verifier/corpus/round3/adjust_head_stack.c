#include "hdr.h"
char LICENSE[] SEC("license") = "GPL";
XDP { __u64 d; return bpf_xdp_adjust_head((void*)&d, 4); }
