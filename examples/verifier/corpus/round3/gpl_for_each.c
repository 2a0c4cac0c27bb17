#include "hdr.h"
char LICENSE[] SEC("license") = "Proprietary";
static long cb(void *m, __u32 *k, struct val *v, void *c) { return 0; }
K { bpf_for_each_map_elem(&arr, cb, 0, 0); return 0; }
