/* SAFE: tc: rewrite IPv6 dst address and fix L4 csum with bpf_csum_diff */
#include "common.h"
#define IP6_DST_OFF (ETH_HLEN + offsetof(struct ipv6hdr, daddr))
#define TCP6_CSUM_OFF (ETH_HLEN + sizeof(struct ipv6hdr) + offsetof(struct tcphdr, check))
struct { __uint(type, BPF_MAP_TYPE_ARRAY); __type(key, __u32); __type(value, struct in6_addr); __uint(max_entries, 1); } new_dst SEC(".maps");
SEC("tc")
int tc_v6_dnat(struct __sk_buff *skb)
{
	void *data = (void *)(long)skb->data;
	void *data_end = (void *)(long)skb->data_end;
	struct ethhdr *eth = data;
	struct ipv6hdr *ip6 = (void *)(eth + 1);
	__u32 k = 0;
	if ((void *)(ip6 + 1) > data_end)
		return TC_ACT_OK;
	if (eth->h_proto != bpf_htons(ETH_P_IPV6) || ip6->nexthdr != IPPROTO_TCP)
		return TC_ACT_OK;
	struct in6_addr *nd = bpf_map_lookup_elem(&new_dst, &k);
	if (!nd)
		return TC_ACT_OK;
	struct in6_addr old = ip6->daddr;
	struct in6_addr new = *nd;
	__s64 diff = bpf_csum_diff((__be32 *)&old, sizeof(old), (__be32 *)&new, sizeof(new), 0);
	if (diff < 0)
		return TC_ACT_SHOT;
	bpf_skb_store_bytes(skb, IP6_DST_OFF, &new, sizeof(new), 0);
	bpf_l4_csum_replace(skb, TCP6_CSUM_OFF, 0, diff, BPF_F_PSEUDO_HDR);
	return TC_ACT_OK;
}
char LICENSE[] SEC("license") = "GPL";
