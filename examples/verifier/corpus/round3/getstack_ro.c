#include "hdr.h"
char LICENSE[] SEC("license") = "GPL";
K { return bpf_get_stack(ctx, (void*)ro, 64, 0); }
