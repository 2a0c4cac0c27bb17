#include "hdr.h"
char LICENSE[] SEC("license") = "GPL";
TC { return bpf_get_func_ip(skb) & 1; }
