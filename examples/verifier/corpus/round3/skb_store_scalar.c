#include "hdr.h"
char LICENSE[] SEC("license") = "GPL";
TC { __u64 x = opaque(); bpf_skb_store_bytes(skb, 0, (void*)x, 4, 0); return 0; }
