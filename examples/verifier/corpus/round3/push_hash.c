#include "hdr.h"
char LICENSE[] SEC("license") = "GPL";
K { __u64 v = 1; return bpf_map_push_elem(&hash, &v, 0); }
