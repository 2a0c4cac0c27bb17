/* safe: token bucket in an ARRAY value protected by bpf_spin_lock */
#include "common.h"
struct bucket { struct bpf_spin_lock lock; __u64 tokens; __u64 last_ns; };
struct { __uint(type, BPF_MAP_TYPE_ARRAY); __type(key, __u32); __type(value, struct bucket); __uint(max_entries, 1); } tb SEC(".maps");
SEC("xdp") int rate_limit(struct xdp_md *ctx)
{
	__u32 zero = 0;
	struct bucket *b = bpf_map_lookup_elem(&tb, &zero);
	if (!b) return XDP_PASS;
	__u64 now = bpf_ktime_get_ns();
	int drop = 0;
	bpf_spin_lock(&b->lock);
	__u64 add = (now - b->last_ns) >> 20;
	b->tokens += add;
	if (b->tokens > 1000) b->tokens = 1000;
	b->last_ns = now;
	if (b->tokens == 0) drop = 1; else b->tokens--;
	bpf_spin_unlock(&b->lock);
	return drop ? XDP_DROP : XDP_PASS;
}
