#include "hdr.h"
char LICENSE[] SEC("license") = "GPL";
TC { __be32 t = 0; return bpf_csum_diff((void*)0, 4, &t, 4, 0) & 1; }
