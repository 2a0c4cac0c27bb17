/* unsafe: global subprog returns an index through an out-parameter; the kernel does not carry the callee's stores back (unknown after the call) */
#include "common.h"
struct tbl { __u64 v[16]; };
struct { __uint(type, BPF_MAP_TYPE_ARRAY); __type(key, __u32); __type(value, struct tbl); __uint(max_entries, 1); } t SEC(".maps");
__noinline int pick_slot(struct xdp_md *ctx, __u32 *slot)
{
	if (!slot) return -1;
	*slot = ctx->rx_queue_index & 15;
	return 0;
}
SEC("xdp") int prog(struct xdp_md *ctx)
{
	__u32 zero = 0, slot = 0;
	struct tbl *p = bpf_map_lookup_elem(&t, &zero);
	if (!p) return XDP_PASS;
	if (pick_slot(ctx, &slot) < 0) return XDP_PASS;
	p->v[slot]++;
	return XDP_PASS;
}
