#include "hdr.h"
char LICENSE[] SEC("license") = "GPL";
XDP { return bpf_skb_set_tstamp((void*)xdp, 0, 0); }
