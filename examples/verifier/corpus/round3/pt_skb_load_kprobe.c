#include "hdr.h"
char LICENSE[] SEC("license") = "GPL";
K { char b[4]; return bpf_skb_load_bytes(ctx, 0, b, 4); }
