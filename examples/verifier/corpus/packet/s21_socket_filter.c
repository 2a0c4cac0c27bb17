/* SAFE: socket filter accepting only TCP/IPv4 via bpf_skb_load_bytes */
#include "common.h"
struct { __uint(type, BPF_MAP_TYPE_ARRAY); __type(key, __u32); __type(value, __u64); __uint(max_entries, 256); } proto_cnt SEC(".maps");
SEC("socket")
int sock_tcp_only(struct __sk_buff *skb)
{
	__u8 proto;
	if (skb->protocol != bpf_htons(ETH_P_IP))
		return 0;
	if (bpf_skb_load_bytes(skb, ETH_HLEN + offsetof(struct iphdr, protocol), &proto, 1) < 0)
		return 0;
	__u32 key = proto;
	__u64 *v = bpf_map_lookup_elem(&proto_cnt, &key);
	if (v)
		__sync_fetch_and_add(v, skb->len);
	skb->cb[0] = proto;
	return proto == IPPROTO_TCP ? skb->len : 0;
}
char LICENSE[] SEC("license") = "GPL";
