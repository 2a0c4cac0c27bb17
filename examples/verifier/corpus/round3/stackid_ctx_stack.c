#include "hdr.h"
char LICENSE[] SEC("license") = "GPL";
K { __u64 d=0; return bpf_get_stackid(&d, &st, 0); }
