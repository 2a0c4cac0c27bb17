#include "common.h"
SEC("cgroup_skb/egress") int p(struct __sk_buff *skb){ struct bpf_sock *sk = skb->sk; return sk->family == 2; }
