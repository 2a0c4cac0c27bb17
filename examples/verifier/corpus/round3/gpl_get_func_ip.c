#include "hdr.h"
char LICENSE[] SEC("license") = "Proprietary";
K { return bpf_get_func_ip(ctx) & 1; }
