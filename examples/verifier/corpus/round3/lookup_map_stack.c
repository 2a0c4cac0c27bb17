#include "hdr.h"
char LICENSE[] SEC("license") = "GPL";
K { __u64 k=0; return bpf_map_lookup_elem(&k, &k) != 0; }
