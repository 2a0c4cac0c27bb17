#include "hdr.h"
char LICENSE[] SEC("license") = "GPL";
TC { struct bpf_tunnel_key k; __u32 n = opaque() & 15; return bpf_skb_get_tunnel_key(skb, &k, n, 0); }
