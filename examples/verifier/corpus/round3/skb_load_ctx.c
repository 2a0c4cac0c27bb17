#include "hdr.h"
char LICENSE[] SEC("license") = "GPL";
TC { bpf_skb_load_bytes(skb, 0, skb, 4); return 0; }
