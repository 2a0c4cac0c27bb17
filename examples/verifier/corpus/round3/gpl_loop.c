#include "hdr.h"
char LICENSE[] SEC("license") = "Proprietary";
static long cb(__u32 i, void *c) { return 0; }
K { return bpf_loop(4, cb, 0, 0); }
