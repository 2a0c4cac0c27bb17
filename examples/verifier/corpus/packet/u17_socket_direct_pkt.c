/* UNSAFE: socket filter uses direct packet access (skb->data), not allowed for socket filters */
#include "common.h"
SEC("socket")
int sock_direct(struct __sk_buff *skb)
{
	void *data = (void *)(long)skb->data;
	void *data_end = (void *)(long)skb->data_end;
	struct ethhdr *eth = data;
	if ((void *)(eth + 1) > data_end)
		return 0;
	return eth->h_proto == bpf_htons(ETH_P_IP) ? -1 : 0;
}
char LICENSE[] SEC("license") = "GPL";
