// Map value with a struct bpf_timer: the timer may not be read or written directly.
#include "common.h"
struct val { __u64 cnt; struct bpf_timer t; };
struct { __uint(type, BPF_MAP_TYPE_ARRAY); __uint(max_entries, 1); __type(key, __u32); __type(value, struct val); } tbl SEC(".maps");
SEC("tc") int prog(struct __sk_buff *skb)
{
	__u32 k = 0;
	struct val *v = bpf_map_lookup_elem(&tbl, &k);
	if (!v) return TC_ACT_OK;
	return *(__u64 *)&v->t ? TC_ACT_SHOT : TC_ACT_OK;
}
LICENSE
