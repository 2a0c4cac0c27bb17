#include "hdr.h"
char LICENSE[] SEC("license") = "GPL";
TC { bpf_skb_store_bytes(skb, 0, (void*)ro, 8, 0); return 0; }
