#include "hdr.h"
char LICENSE[] SEC("license") = "GPL";
XDP { __u64 d = 0; return bpf_redirect((__u64)&d, 0); }
