#include "hdr.h"
char LICENSE[] SEC("license") = "GPL";
TC { __u64 d=0; return bpf_l3_csum_replace((void*)&d, 0, 1, 2, 2); }
