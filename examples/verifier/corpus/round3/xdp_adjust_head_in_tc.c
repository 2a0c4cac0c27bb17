#include "hdr.h"
char LICENSE[] SEC("license") = "GPL";
TC { return bpf_xdp_adjust_head((void*)skb, 4); }
