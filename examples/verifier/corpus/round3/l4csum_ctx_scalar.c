#include "hdr.h"
char LICENSE[] SEC("license") = "GPL";
TC { __u64 x = opaque(); return bpf_l4_csum_replace((void*)x, 0, 1, 2, 2); }
