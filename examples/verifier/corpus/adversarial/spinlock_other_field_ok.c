// safe twin: only the counter next to the lock is touched (plain, unlocked)
#include "common.h"
struct val { struct bpf_spin_lock lock; __u32 cnt; };
struct { __uint(type, BPF_MAP_TYPE_ARRAY); __uint(max_entries, 1); __type(key, __u32); __type(value, struct val); } tbl SEC(".maps");
SEC("tc") int prog(struct __sk_buff *skb)
{
	__u32 k = 0;
	struct val *v = bpf_map_lookup_elem(&tbl, &k);
	if (!v) return TC_ACT_OK;
	v->cnt++;
	return TC_ACT_OK;
}
LICENSE
