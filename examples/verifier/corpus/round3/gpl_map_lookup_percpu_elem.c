#include "hdr.h"
char LICENSE[] SEC("license") = "Proprietary";
K { __u32 k=0; return bpf_map_lookup_percpu_elem(&pca, &k, 0) != 0; }
