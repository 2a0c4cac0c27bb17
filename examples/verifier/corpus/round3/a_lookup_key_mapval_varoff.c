#include "hdr.h"
char LICENSE[] SEC("license") = "GPL";
K { struct val *v = getv(); if (!v) return 0; __u32 i = opaque() & 63; return bpf_map_lookup_elem(&hash, (char*)v + i) != 0; }
