#include "hdr.h"
char LICENSE[] SEC("license") = "GPL";
K { __u32 k=0; return bpf_map_lookup_elem(&st, &k) != 0; }
