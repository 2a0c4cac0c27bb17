#include "hdr.h"
char LICENSE[] SEC("license") = "GPL";
K { __u64 d; bpf_tail_call(&d, &pa, 0); return 0; }
