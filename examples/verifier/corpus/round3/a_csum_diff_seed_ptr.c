#include "hdr.h"
char LICENSE[] SEC("license") = "GPL";
TC { __be32 t = 0; return bpf_csum_diff(0, 0, &t, 4, (__u64)&t) & 1; }
