#include "hdr.h"
char LICENSE[] SEC("license") = "GPL";
TC { __be32 t = 0; __u64 x = opaque(); return bpf_csum_diff((void*)x, 4, &t, 4, 0) & 1; }
