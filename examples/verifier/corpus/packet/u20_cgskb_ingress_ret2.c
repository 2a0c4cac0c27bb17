/* UNSAFE: cgroup_skb ingress returns 2 (congestion bit is only valid on egress) */
#include "common.h"
SEC("cgroup_skb/ingress")
int cg_in_cn(struct __sk_buff *skb)
{
	if (skb->len > 1400)
		return 2;
	return 1;
}
char LICENSE[] SEC("license") = "GPL";
