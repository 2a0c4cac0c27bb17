#include "hdr.h"
char LICENSE[] SEC("license") = "GPL";
K { __u32 k=0; __u64 v=0; return bpf_map_update_elem(&rb, &k, &v, 0); }
