#include "hdr.h"
char LICENSE[] SEC("license") = "GPL";
K { __u64 v; bpf_map_pop_elem(&q, &v); return 0; }
