// Realistic: skip IP options with ihl*4 after checking a generous fixed length, read TCP header w/o recheck.
#include "common.h"
#include <linux/tcp.h>
SEC("tc") int prog(struct __sk_buff *skb)
{
	void *data = (void *)(long)skb->data;
	void *end = (void *)(long)skb->data_end;
	if (data + sizeof(struct ethhdr) + 60 + sizeof(struct tcphdr) > end)
		return TC_ACT_OK;
	struct iphdr *ip = data + sizeof(struct ethhdr);
	if (ip->protocol != 6)
		return TC_ACT_OK;
	struct tcphdr *tcp = (void *)ip + ip->ihl * 4;
	if (tcp->dest == bpf_htons(23))
		return TC_ACT_SHOT;
	return TC_ACT_OK;
}
LICENSE
