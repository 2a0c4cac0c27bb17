// safe twin: u32 index < 16
#include "common.h"
struct val { __u32 cnt[16]; };
struct { __uint(type, BPF_MAP_TYPE_ARRAY); __uint(max_entries, 1); __type(key, __u32); __type(value, struct val); } tbl SEC(".maps");
SEC("tc") int prog(struct __sk_buff *skb)
{
	__u32 k = 0;
	struct val *v = bpf_map_lookup_elem(&tbl, &k);
	__u32 idx = skb->mark;
	if (!v || idx >= 16)
		return TC_ACT_OK;
	v->cnt[idx]++;
	return TC_ACT_OK;
}
LICENSE
