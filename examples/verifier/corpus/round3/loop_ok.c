#include "hdr.h"
char LICENSE[] SEC("license") = "GPL";
static long cb(__u32 i, void *c) { return 0; }
K { __u64 d = 0; bpf_loop(4, cb, &d, 0); return 0; }
