#include "hdr.h"
char LICENSE[] SEC("license") = "GPL";
K { return bpf_get_stackid(ctx, &arr, 0); }
