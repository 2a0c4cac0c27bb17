/* UNSAFE: cgroup_skb egress rewrites the TOS byte in place (direct packet writes not allowed) */
#include "common.h"
SEC("cgroup_skb/egress")
int cg_set_tos(struct __sk_buff *skb)
{
	void *data = (void *)(long)skb->data;
	void *data_end = (void *)(long)skb->data_end;
	struct iphdr *iph = data;
	if ((void *)(iph + 1) > data_end)
		return 1;
	iph->tos = 0x10;
	return 1;
}
char LICENSE[] SEC("license") = "GPL";
