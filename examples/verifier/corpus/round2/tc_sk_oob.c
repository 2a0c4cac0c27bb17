#include "common.h"
SEC("tc") int p(struct __sk_buff *skb){ struct bpf_sock *sk = skb->sk; if (!sk) return 0; return *(__u32*)((char*)sk + sizeof(struct bpf_sock)) ? 0 : 2; }
