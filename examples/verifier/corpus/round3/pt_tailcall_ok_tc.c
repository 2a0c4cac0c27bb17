#include "hdr.h"
char LICENSE[] SEC("license") = "GPL";
TC { bpf_tail_call(skb, &pa, 0); return 0; }
