#include "hdr.h"
char LICENSE[] SEC("license") = "GPL";
TC { char b[16] = {}; __u32 n = opaque() & 15; return bpf_skb_store_bytes(skb, 0, b, n, 0); }
