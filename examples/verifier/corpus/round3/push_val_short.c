#include "hdr.h"
char LICENSE[] SEC("license") = "GPL";
K { __u32 v = 1; return bpf_map_push_elem(&q, &v, 0); }
