#include "hdr.h"
char LICENSE[] SEC("license") = "Proprietary";
K { return bpf_get_attach_cookie(ctx) & 1; }
