/* UNSAFE: bpf_skb_load_bytes destination is packet memory */
#include "common.h"
SEC("tc")
int tc_load_to_pkt(struct __sk_buff *skb)
{
	void *data = (void *)(long)skb->data;
	void *data_end = (void *)(long)skb->data_end;
	struct ethhdr *eth = data;
	if ((void *)(eth + 1) > data_end)
		return TC_ACT_OK;
	bpf_skb_load_bytes(skb, 6, eth->h_dest, ETH_ALEN);
	return TC_ACT_OK;
}
char LICENSE[] SEC("license") = "GPL";
