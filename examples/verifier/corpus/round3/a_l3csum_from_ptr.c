#include "hdr.h"
char LICENSE[] SEC("license") = "GPL";
TC { __u64 d = 0; return bpf_l3_csum_replace(skb, 14, (__u64)&d, 2, 2); }
