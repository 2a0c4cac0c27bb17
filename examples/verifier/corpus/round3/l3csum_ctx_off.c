#include "hdr.h"
char LICENSE[] SEC("license") = "GPL";
TC { return bpf_l3_csum_replace((void*)((char*)skb + 8), 0, 1, 2, 2); }
