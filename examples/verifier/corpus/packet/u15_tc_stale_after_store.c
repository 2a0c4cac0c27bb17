/* UNSAFE: reads packet through a pointer after bpf_skb_store_bytes invalidated it */
#include "common.h"
#define UDP_DPORT_OFF (ETH_HLEN + sizeof(struct iphdr) + offsetof(struct udphdr, dest))
SEC("tc")
int tc_stale(struct __sk_buff *skb)
{
	void *data = (void *)(long)skb->data;
	void *data_end = (void *)(long)skb->data_end;
	struct ethhdr *eth = data;
	struct iphdr *iph = (void *)(eth + 1);
	struct udphdr *udp = (void *)(iph + 1);
	if ((void *)(udp + 1) > data_end)
		return TC_ACT_OK;
	__be16 p = bpf_htons(5353);
	bpf_skb_store_bytes(skb, UDP_DPORT_OFF, &p, sizeof(p), BPF_F_RECOMPUTE_CSUM);
	if (udp->check == 0)
		return TC_ACT_SHOT;
	return TC_ACT_OK;
}
char LICENSE[] SEC("license") = "GPL";
