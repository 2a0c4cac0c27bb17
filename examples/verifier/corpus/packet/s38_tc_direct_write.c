/* SAFE: tc direct packet write: swap MACs in place and set skb->mark */
#include "common.h"
SEC("tc")
int tc_swap_mac(struct __sk_buff *skb)
{
	void *data = (void *)(long)skb->data;
	void *data_end = (void *)(long)skb->data_end;
	struct ethhdr *eth = data;
	if ((void *)(eth + 1) > data_end)
		return TC_ACT_OK;
	__u8 tmp[ETH_ALEN];
	__builtin_memcpy(tmp, eth->h_dest, ETH_ALEN);
	__builtin_memcpy(eth->h_dest, eth->h_source, ETH_ALEN);
	__builtin_memcpy(eth->h_source, tmp, ETH_ALEN);
	skb->mark = 0xbeef;
	return TC_ACT_OK;
}
char LICENSE[] SEC("license") = "GPL";
