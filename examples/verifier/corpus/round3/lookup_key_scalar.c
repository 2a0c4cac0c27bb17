#include "hdr.h"
char LICENSE[] SEC("license") = "GPL";
K { __u64 x = opaque(); return bpf_map_lookup_elem(&hash, (void*)x) != 0; }
