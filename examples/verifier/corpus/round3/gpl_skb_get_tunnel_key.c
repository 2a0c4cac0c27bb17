#include "hdr.h"
char LICENSE[] SEC("license") = "Proprietary";
TC { struct bpf_tunnel_key k; return bpf_skb_get_tunnel_key(skb, &k, sizeof(k), 0); }
