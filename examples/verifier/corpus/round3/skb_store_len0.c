#include "hdr.h"
char LICENSE[] SEC("license") = "GPL";
TC { char b[8] = {}; bpf_skb_store_bytes(skb, 0, b, 0, 0); return 0; }
