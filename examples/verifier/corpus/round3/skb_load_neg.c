#include "hdr.h"
char LICENSE[] SEC("license") = "GPL";
TC { char b[16]; int n = opaque(); if (n > 16) return 0; bpf_skb_load_bytes(skb, 0, b, n); return 0; }
