#include "hdr.h"
char LICENSE[] SEC("license") = "GPL";
K { __u64 d = 0; bpf_tail_call(ctx, &pa, (__u64)&d); return 0; }
