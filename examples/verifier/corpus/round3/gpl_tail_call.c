#include "hdr.h"
char LICENSE[] SEC("license") = "Proprietary";
K { bpf_tail_call(ctx, &pa, 0); return 0; }
