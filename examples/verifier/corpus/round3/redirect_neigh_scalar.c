#include "hdr.h"
char LICENSE[] SEC("license") = "GPL";
TC { __u64 x = opaque(); return bpf_redirect_neigh(1, (void*)x, 16, 0); }
