#include "hdr.h"
char LICENSE[] SEC("license") = "GPL";
static long cb(__u32 i, void *c) { return 0; }
K { bpf_loop(4, cb, ctx, 0); return 0; }
