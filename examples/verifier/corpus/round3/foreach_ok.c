#include "hdr.h"
char LICENSE[] SEC("license") = "GPL";
static long cb(void *m, __u32 *k, struct val *v, void *c) { return 0; }
K { __u64 d=0; bpf_for_each_map_elem(&arr, cb, &d, 0); return 0; }
