#include "hdr.h"
char LICENSE[] SEC("license") = "GPL";
static long cb(__u32 i, void *c) { return 0; }
K { struct val *v = getv(); if (!v) return 0; bpf_loop(4, cb, v, 0); return 0; }
