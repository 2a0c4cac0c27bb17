#include "hdr.h"
char LICENSE[] SEC("license") = "GPL";
XDP { return bpf_skb_vlan_push((void*)xdp, 0x81, 1); }
