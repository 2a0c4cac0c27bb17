#include "hdr.h"
char LICENSE[] SEC("license") = "GPL";
K { __u64 k=0; struct val v={}; __u64 m = opaque(); return bpf_map_update_elem((void*)m, &k, &v, 0); }
