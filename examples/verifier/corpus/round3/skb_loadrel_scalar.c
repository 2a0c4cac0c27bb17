#include "hdr.h"
char LICENSE[] SEC("license") = "GPL";
TC { __u64 x = opaque(); bpf_skb_load_bytes_relative(skb, 0, (void*)x, 4, BPF_HDR_START_NET); return 0; }
