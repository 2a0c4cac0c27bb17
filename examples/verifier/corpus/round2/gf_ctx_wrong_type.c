#include "common.h"

__attribute__((noinline)) int act(struct xdp_md *x){ if (!x) return 0; return x->ingress_ifindex; }
SEC("tc") int p(struct __sk_buff *skb){ return act((struct xdp_md *)skb); }
