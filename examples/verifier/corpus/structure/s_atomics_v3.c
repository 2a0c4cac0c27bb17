/* safe (-mcpu=v3): fetch-add with result, cmpxchg high-water mark, xchg of last value */
#include "common.h"
struct stats { __u64 pkts; __u64 max_len; __u64 last_len; __u32 seq32; __u32 flags; };
struct { __uint(type, BPF_MAP_TYPE_ARRAY); __type(key, __u32); __type(value, struct stats); __uint(max_entries, 1); } st SEC(".maps");
SEC("xdp") int atom(struct xdp_md *ctx)
{
	__u32 zero = 0;
	struct stats *s = bpf_map_lookup_elem(&st, &zero);
	if (!s) return XDP_PASS;
	__u64 len = ctx->data_end - ctx->data;
	__u64 n = __sync_fetch_and_add(&s->pkts, 1);
	__u64 old = s->max_len;
	for (int i = 0; i < 4 && len > old; i++) {
		__u64 prev = __sync_val_compare_and_swap(&s->max_len, old, len);
		if (prev == old) break;
		old = prev;
	}
	__sync_lock_test_and_set(&s->last_len, len);
	__u32 q = __sync_fetch_and_add(&s->seq32, 1);
	__sync_fetch_and_or(&s->flags, 1u << (q & 7));
	return (n & 1) ? XDP_PASS : XDP_PASS;
}
