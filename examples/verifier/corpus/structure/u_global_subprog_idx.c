/* unsafe: same as s_static_subprog_idx but the subprog is GLOBAL: verified on its own, i is unknown there */
#include "common.h"
struct tbl { __u64 v[16]; };
struct { __uint(type, BPF_MAP_TYPE_ARRAY); __type(key, __u32); __type(value, struct tbl); __uint(max_entries, 1); } t SEC(".maps");
__noinline __u64 get(struct tbl *t, __u32 i) { if (!t) return 0; return t->v[i]; }
SEC("xdp") int prog(struct xdp_md *ctx)
{
	__u32 zero = 0;
	struct tbl *p = bpf_map_lookup_elem(&t, &zero);
	if (!p) return XDP_PASS;
	__u32 i = ctx->rx_queue_index;
	if (i >= 16) return XDP_PASS;
	return get(p, i) ? XDP_DROP : XDP_PASS;
}
