#include "hdr.h"
char LICENSE[] SEC("license") = "GPL";
K { bpf_tail_call(ctx, &arr, 0); return 0; }
