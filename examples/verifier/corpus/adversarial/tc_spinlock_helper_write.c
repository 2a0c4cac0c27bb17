// bpf_skb_load_bytes writes over a map value's bpf_spin_lock
#include "common.h"
struct val { struct bpf_spin_lock lock; __u32 cnt; };
struct { __uint(type, BPF_MAP_TYPE_ARRAY); __uint(max_entries, 1); __type(key, __u32); __type(value, struct val); } tbl SEC(".maps");
SEC("tc") int prog(struct __sk_buff *skb)
{
	__u32 k = 0;
	struct val *v = bpf_map_lookup_elem(&tbl, &k);
	if (!v) return TC_ACT_OK;
	bpf_skb_load_bytes(skb, 0, v, sizeof(*v));
	return TC_ACT_OK;
}
LICENSE
