#include "hdr.h"
char LICENSE[] SEC("license") = "GPL";
K { __u32 k=0; __u32 *s = bpf_map_lookup_elem(&small, &k); if (!s) return 0; __u64 kk=0; return bpf_map_update_elem(&hash, &kk, s, 0); }
