#include "hdr.h"
char LICENSE[] SEC("license") = "GPL";
K { __u64 x = opaque(); return bpf_get_stack(ctx, (void*)x, 64, 0); }
