/* safe: global subprogs taking ctx, scalars and a nullable pointer to BTF-sized memory, each checking on its own */
#include "common.h"
struct tbl { __u64 v[16]; };
struct { __uint(type, BPF_MAP_TYPE_ARRAY); __type(key, __u32); __type(value, struct tbl); __uint(max_entries, 1); } t SEC(".maps");
__noinline int pkt_len(struct xdp_md *ctx) { return ctx->data_end - ctx->data; }
__noinline __u64 get(struct tbl *t, __u32 i)
{
	if (!t || i >= 16) return 0;
	return t->v[i];
}
__noinline int classify(__u32 len, __u32 thresh) { return len > thresh ? 1 : 0; }
SEC("xdp") int prog(struct xdp_md *ctx)
{
	__u32 zero = 0;
	struct tbl *p = bpf_map_lookup_elem(&t, &zero);
	int len = pkt_len(ctx);
	__u64 lim = get(p, ctx->rx_queue_index);
	if (classify(len, lim)) return XDP_DROP;
	return XDP_PASS;
}
