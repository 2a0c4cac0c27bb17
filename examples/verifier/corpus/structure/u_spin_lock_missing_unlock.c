/* unsafe: early return while the spin lock is held */
#include "common.h"
struct bucket { struct bpf_spin_lock lock; __u64 tokens; __u64 last_ns; };
struct { __uint(type, BPF_MAP_TYPE_ARRAY); __type(key, __u32); __type(value, struct bucket); __uint(max_entries, 1); } tb SEC(".maps");
SEC("xdp") int rate_limit(struct xdp_md *ctx)
{
	__u32 zero = 0;
	struct bucket *b = bpf_map_lookup_elem(&tb, &zero);
	if (!b) return XDP_PASS;
	bpf_spin_lock(&b->lock);
	if (b->tokens == 0)
		return XDP_DROP;       /* lock still held */
	b->tokens--;
	bpf_spin_unlock(&b->lock);
	return XDP_PASS;
}
