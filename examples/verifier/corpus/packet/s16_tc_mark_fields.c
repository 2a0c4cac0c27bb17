/* SAFE: tc classifier writing mark / priority / tc_index / cb[] / tc_classid */
#include "common.h"
SEC("classifier")
int tc_set_fields(struct __sk_buff *skb)
{
	if (skb->protocol != bpf_htons(ETH_P_IP))
		return TC_ACT_OK;
	__u32 len = skb->len;
	skb->mark = skb->hash & 0xff;
	skb->priority = len > 1000 ? 6 : 0;
	skb->tc_index = (__u16)skb->ifindex;
	skb->cb[0] = skb->vlan_tci;
	skb->cb[4] = skb->queue_mapping;
	skb->tc_classid = 0x10010;
	return TC_ACT_OK;
}
char LICENSE[] SEC("license") = "GPL";
