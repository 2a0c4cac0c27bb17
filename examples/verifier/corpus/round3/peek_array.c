#include "hdr.h"
char LICENSE[] SEC("license") = "GPL";
K { __u64 v; return bpf_map_peek_elem(&arr, &v); }
