#include "hdr.h"
char LICENSE[] SEC("license") = "GPL";
static long cb(void *m, __u32 *k, struct val *v, void *c) { return 0; }
K { struct val *v = getv(); if (!v) return 0; bpf_for_each_map_elem(&arr, cb, v, 0); return 0; }
