#include "hdr.h"
char LICENSE[] SEC("license") = "GPL";
XDP { char b[4]; bpf_skb_load_bytes(xdp, 0, b, 4); return XDP_PASS; }
