/* safe: socket filter counting bytes per protocol in a PERCPU_ARRAY */
#include "common.h"
struct { __uint(type, BPF_MAP_TYPE_PERCPU_ARRAY); __type(key, __u32); __type(value, __u64); __uint(max_entries, 256); } proto_bytes SEC(".maps");
SEC("socket") int sock_count(struct __sk_buff *skb)
{
	__u8 proto;
	if (bpf_skb_load_bytes(skb, ETH_HLEN + offsetof(struct iphdr, protocol), &proto, 1) < 0)
		return 0;
	__u32 key = proto;
	__u64 *v = bpf_map_lookup_elem(&proto_bytes, &key);
	if (v) *v += skb->len;      /* per-cpu: no atomic needed */
	return skb->len;
}
