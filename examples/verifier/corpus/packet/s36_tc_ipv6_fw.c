/* SAFE: tc IPv6 firewall: LPM on /64 of saddr plus TCP/UDP port hash */
#include "common.h"
struct lpm6 { __u32 prefixlen; __u8 addr[16]; };
struct { __uint(type, BPF_MAP_TYPE_LPM_TRIE); __type(key, struct lpm6); __type(value, __u32); __uint(max_entries, 512); __uint(map_flags, BPF_F_NO_PREALLOC); } allow6 SEC(".maps");
struct { __uint(type, BPF_MAP_TYPE_PERCPU_HASH); __type(key, __u16); __type(value, __u64); __uint(max_entries, 512); } port_hits SEC(".maps");
SEC("classifier")
int tc_fw6(struct __sk_buff *skb)
{
	void *data = (void *)(long)skb->data;
	void *data_end = (void *)(long)skb->data_end;
	struct ethhdr *eth = data;
	struct ipv6hdr *ip6 = (void *)(eth + 1);
	if ((void *)(ip6 + 1) > data_end)
		return TC_ACT_OK;
	if (eth->h_proto != bpf_htons(ETH_P_IPV6))
		return TC_ACT_OK;
	struct lpm6 key = { .prefixlen = 128 };
	__builtin_memcpy(key.addr, &ip6->saddr, 16);
	if (!bpf_map_lookup_elem(&allow6, &key))
		return TC_ACT_SHOT;
	if (ip6->nexthdr == IPPROTO_TCP || ip6->nexthdr == IPPROTO_UDP) {
		struct udphdr *uh = (void *)(ip6 + 1);
		if ((void *)(uh + 1) > data_end)
			return TC_ACT_OK;
		__u16 port = bpf_ntohs(uh->dest);
		__u64 *h = bpf_map_lookup_elem(&port_hits, &port);
		if (h) {
			*h += 1;
		} else {
			__u64 one = 1;
			bpf_map_update_elem(&port_hits, &port, &one, BPF_NOEXIST);
		}
	}
	return TC_ACT_OK;
}
char LICENSE[] SEC("license") = "GPL";
