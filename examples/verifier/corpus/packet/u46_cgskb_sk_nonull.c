/* UNSAFE: skb->sk dereferenced without NULL check */
#include "common.h"
SEC("cgroup_skb/ingress")
int cg_sk_nonull(struct __sk_buff *skb)
{
	struct bpf_sock *sk = skb->sk;
	return sk->family == 2 ? 1 : 0;
}
char LICENSE[] SEC("license") = "GPL";
