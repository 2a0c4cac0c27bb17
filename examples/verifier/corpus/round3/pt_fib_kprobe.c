#include "hdr.h"
char LICENSE[] SEC("license") = "GPL";
K { struct bpf_fib_lookup f = {}; return bpf_fib_lookup(ctx, &f, sizeof(f), 0); }
