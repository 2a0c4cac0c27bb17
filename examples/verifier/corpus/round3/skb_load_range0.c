#include "hdr.h"
char LICENSE[] SEC("license") = "GPL";
TC { char b[16]; __u32 n = opaque() & 15; bpf_skb_load_bytes(skb, 0, b, n); return 0; }
