#include "hdr.h"
char LICENSE[] SEC("license") = "GPL";
K { __u64 b[4]; return bpf_get_stack(ctx, b, 64, 0); }
