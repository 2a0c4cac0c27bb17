#include "hdr.h"
char LICENSE[] SEC("license") = "GPL";
K { __u64 k; return bpf_map_lookup_elem(&hash, &k) != 0; }
