/* unsafe: non-static helper returning a map value pointer (global subprogs must return a scalar) */
#include "common.h"
struct stats { __u64 pkts; __u64 bytes; };
struct { __uint(type, BPF_MAP_TYPE_HASH); __type(key, __u32); __type(value, struct stats); __uint(max_entries, 64); } st SEC(".maps");
__noinline struct stats *get_stats(__u32 k)
{
	return bpf_map_lookup_elem(&st, &k);
}
SEC("xdp") int prog(struct xdp_md *ctx)
{
	struct stats *s = get_stats(ctx->rx_queue_index);
	if (!s) return XDP_PASS;
	s->pkts++;
	return XDP_PASS;
}
