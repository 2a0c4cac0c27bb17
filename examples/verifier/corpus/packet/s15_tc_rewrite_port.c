/* SAFE: tc: rewrite UDP dport 53 -> 5353 with bpf_skb_store_bytes + bpf_l4_csum_replace */
#include "common.h"
#define IP_OFF ETH_HLEN
#define UDP_DPORT_OFF (ETH_HLEN + sizeof(struct iphdr) + offsetof(struct udphdr, dest))
#define UDP_CSUM_OFF (ETH_HLEN + sizeof(struct iphdr) + offsetof(struct udphdr, check))
SEC("tc")
int tc_port_rewrite(struct __sk_buff *skb)
{
	void *data = (void *)(long)skb->data;
	void *data_end = (void *)(long)skb->data_end;
	struct ethhdr *eth = data;
	struct iphdr *iph = (void *)(eth + 1);
	struct udphdr *udp = (void *)(iph + 1);
	if ((void *)(udp + 1) > data_end)
		return TC_ACT_OK;
	if (eth->h_proto != bpf_htons(ETH_P_IP) || iph->protocol != IPPROTO_UDP || iph->ihl != 5)
		return TC_ACT_OK;
	if (udp->dest != bpf_htons(53))
		return TC_ACT_OK;
	__be16 old = udp->dest;
	__be16 new = bpf_htons(5353);
	bpf_l4_csum_replace(skb, UDP_CSUM_OFF, old, new, BPF_F_MARK_MANGLED_0 | sizeof(new));
	bpf_skb_store_bytes(skb, UDP_DPORT_OFF, &new, sizeof(new), 0);
	return TC_ACT_OK;
}
char LICENSE[] SEC("license") = "GPL";
