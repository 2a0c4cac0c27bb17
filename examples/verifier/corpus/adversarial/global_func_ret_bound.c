// The caller trusts the global function's return range (idx & 7) to index an 8-entry map value,
// but the kernel treats a global function's return value as an unknown scalar.
#include "common.h"
struct val { __u64 slot[8]; };
struct { __uint(type, BPF_MAP_TYPE_ARRAY); __uint(max_entries, 1); __type(key, __u32); __type(value, struct val); } tbl SEC(".maps");
__attribute__((noinline)) int bucket(__u32 h)
{
	return h & 7;
}
SEC("tc") int prog(struct __sk_buff *skb)
{
	__u32 k = 0;
	struct val *v = bpf_map_lookup_elem(&tbl, &k);
	if (!v)
		return TC_ACT_OK;
	v->slot[bucket(skb->hash)]++;
	return TC_ACT_OK;
}
LICENSE
