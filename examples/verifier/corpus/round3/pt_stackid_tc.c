#include "hdr.h"
char LICENSE[] SEC("license") = "GPL";
TC { return bpf_get_stackid(skb, &st, 0); }
