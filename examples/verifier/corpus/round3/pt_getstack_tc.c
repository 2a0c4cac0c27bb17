#include "hdr.h"
char LICENSE[] SEC("license") = "GPL";
TC { __u64 b[4]; return bpf_get_stack(skb, b, 32, 0); }
