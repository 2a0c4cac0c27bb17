#include "hdr.h"
char LICENSE[] SEC("license") = "GPL";
K { __u64 x = opaque(); return bpf_map_pop_elem(&q, (void*)x); }
