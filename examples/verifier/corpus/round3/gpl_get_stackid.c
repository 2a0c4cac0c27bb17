#include "hdr.h"
char LICENSE[] SEC("license") = "Proprietary";
K { return bpf_get_stackid(ctx, &st, 0); }
