#include "hdr.h"
char LICENSE[] SEC("license") = "Proprietary";
TC { char b[2] = {}; return bpf_skb_store_bytes(skb, 0, b, 2, 0); }
