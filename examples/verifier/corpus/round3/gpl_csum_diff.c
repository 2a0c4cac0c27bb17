#include "hdr.h"
char LICENSE[] SEC("license") = "Proprietary";
TC { __be32 t = 0; return bpf_csum_diff(0, 0, &t, 4, 0) & 1; }
