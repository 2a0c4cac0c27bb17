#include "hdr.h"
char LICENSE[] SEC("license") = "GPL";
TC { __be32 t[4] = {}; int n = opaque(); if (n > 16) return 0; return bpf_csum_diff(t, n, t, 4, 0) & 1; }
