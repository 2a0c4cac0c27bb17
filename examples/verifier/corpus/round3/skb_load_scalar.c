#include "hdr.h"
char LICENSE[] SEC("license") = "GPL";
TC { __u64 x = opaque(); bpf_skb_load_bytes(skb, 0, (void*)x, 4); return 0; }
