/* SAFE: tc reads wire_len, gso_segs, gso_size, hwtstamp, napi_id, tstamp_type-adjacent fields */
#include "common.h"
struct stats { __u64 wire; __u64 segs; __u64 gso; __u64 hw; };
struct { __uint(type, BPF_MAP_TYPE_PERCPU_ARRAY); __type(key, __u32); __type(value, struct stats); __uint(max_entries, 1); } st SEC(".maps");
SEC("tc")
int tc_misc(struct __sk_buff *skb)
{
	__u32 k = 0;
	struct stats *s = bpf_map_lookup_elem(&st, &k);
	if (!s)
		return TC_ACT_OK;
	s->wire += skb->wire_len;
	s->segs += skb->gso_segs;
	s->gso += skb->gso_size;
	s->hw = skb->hwtstamp;
	if (skb->napi_id == 0 && skb->pkt_type == 1)
		return TC_ACT_SHOT;
	return TC_ACT_OK;
}
char LICENSE[] SEC("license") = "GPL";
