// A socket filter may not use a map whose value holds a bpf_spin_lock.
#include "common.h"
struct val { struct bpf_spin_lock lock; __u32 cnt; };
struct { __uint(type, BPF_MAP_TYPE_ARRAY); __uint(max_entries, 1); __type(key, __u32); __type(value, struct val); } tbl SEC(".maps");
SEC("socket") int prog(struct __sk_buff *skb)
{
	__u32 k = 0;
	struct val *v = bpf_map_lookup_elem(&tbl, &k);
	return v ? v->cnt : 0;
}
LICENSE
