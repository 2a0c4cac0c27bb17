/* SAFE: tc SNAT of IPv4 saddr with l3 + l4 (pseudo header) checksum fixups */
#include "common.h"
#define IP_CSUM_OFF (ETH_HLEN + offsetof(struct iphdr, check))
#define IP_SRC_OFF (ETH_HLEN + offsetof(struct iphdr, saddr))
#define TCP_CSUM_OFF (ETH_HLEN + sizeof(struct iphdr) + offsetof(struct tcphdr, check))
struct { __uint(type, BPF_MAP_TYPE_HASH); __type(key, __u32); __type(value, __u32); __uint(max_entries, 1024); } snat SEC(".maps");
SEC("tc")
int tc_snat(struct __sk_buff *skb)
{
	struct iphdr iph;
	if (skb->protocol != bpf_htons(ETH_P_IP))
		return TC_ACT_OK;
	if (bpf_skb_load_bytes(skb, ETH_HLEN, &iph, sizeof(iph)) < 0)
		return TC_ACT_OK;
	if (iph.ihl != 5 || iph.protocol != IPPROTO_TCP)
		return TC_ACT_OK;
	__u32 *newip = bpf_map_lookup_elem(&snat, &iph.saddr);
	if (!newip)
		return TC_ACT_OK;
	__u32 old = iph.saddr, new = *newip;
	bpf_l4_csum_replace(skb, TCP_CSUM_OFF, old, new, BPF_F_PSEUDO_HDR | sizeof(new));
	bpf_l3_csum_replace(skb, IP_CSUM_OFF, old, new, sizeof(new));
	bpf_skb_store_bytes(skb, IP_SRC_OFF, &new, sizeof(new), 0);
	return TC_ACT_OK;
}
char LICENSE[] SEC("license") = "GPL";
