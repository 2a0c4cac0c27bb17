// Safe: skb->sk null-checked, then a field read (kernel accepts).
#include "common.h"
SEC("tc") int prog(struct __sk_buff *skb)
{
	struct bpf_sock *sk = skb->sk;
	if (!sk)
		return TC_ACT_OK;
	return sk->family == 10 ? TC_ACT_SHOT : TC_ACT_OK;
}
LICENSE
