#include "hdr.h"
char LICENSE[] SEC("license") = "Proprietary";
TC { struct bpf_fib_lookup f = {}; return bpf_fib_lookup(skb, &f, sizeof(f), 0); }
