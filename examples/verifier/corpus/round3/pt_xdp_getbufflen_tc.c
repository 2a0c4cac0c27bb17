#include "hdr.h"
char LICENSE[] SEC("license") = "GPL";
TC { return bpf_xdp_get_buff_len((void*)skb) & 1; }
