#include "hdr.h"
char LICENSE[] SEC("license") = "GPL";
TC { bpf_skb_load_bytes(skb, 0, (void*)ro, 8); return 0; }
