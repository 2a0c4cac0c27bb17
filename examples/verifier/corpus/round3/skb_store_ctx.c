#include "hdr.h"
char LICENSE[] SEC("license") = "GPL";
TC { bpf_skb_store_bytes(skb, 0, skb, 4, 0); return 0; }
