/* UNSAFE (kernel): bound derived from skb->len instead of data_end */
#include "common.h"
SEC("tc")
int tc_len_bound(struct __sk_buff *skb)
{
	void *data = (void *)(long)skb->data;
	if (skb->len < ETH_HLEN + sizeof(struct iphdr))
		return TC_ACT_OK;
	struct iphdr *iph = data + ETH_HLEN;
	skb->mark = iph->tos;
	return TC_ACT_OK;
}
char LICENSE[] SEC("license") = "GPL";
