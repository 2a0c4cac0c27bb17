/* UNSAFE: tc program writes read-only skb->protocol */
#include "common.h"
SEC("tc")
int tc_set_proto(struct __sk_buff *skb)
{
	if (skb->protocol == bpf_htons(ETH_P_8021Q))
		skb->protocol = bpf_htons(ETH_P_IP);
	return TC_ACT_OK;
}
char LICENSE[] SEC("license") = "GPL";
