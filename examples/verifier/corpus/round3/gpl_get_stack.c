#include "hdr.h"
char LICENSE[] SEC("license") = "Proprietary";
K { __u64 b[4]; return bpf_get_stack(ctx, b, 32, 0); }
