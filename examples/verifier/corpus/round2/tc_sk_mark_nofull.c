#include "common.h"
SEC("tc") int p(struct __sk_buff *skb){ struct bpf_sock *sk = skb->sk; if (!sk) return 0; return sk->mark ? 0 : 2; }
