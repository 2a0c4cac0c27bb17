#include "hdr.h"
char LICENSE[] SEC("license") = "GPL";
K { return bpf_map_lookup_elem(&hash, ctx) != 0; }
