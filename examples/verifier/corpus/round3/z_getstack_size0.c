#include "hdr.h"
char LICENSE[] SEC("license") = "GPL";
K { __u64 d[2]; return bpf_get_stack(ctx, d, 0, 0); }
