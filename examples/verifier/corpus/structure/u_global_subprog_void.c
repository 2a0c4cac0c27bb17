/* unsafe: global subprog with a void return type (kernel: "Global function bump() doesn't return scalar") */
#include "common.h"
struct stats { __u64 pkts; __u64 bytes; };
struct { __uint(type, BPF_MAP_TYPE_ARRAY); __type(key, __u32); __type(value, struct stats); __uint(max_entries, 1); } st SEC(".maps");
__noinline void bump(struct stats *s, __u64 len)
{
	if (!s) return;
	__sync_fetch_and_add(&s->pkts, 1);
	__sync_fetch_and_add(&s->bytes, len);
}
SEC("xdp") int prog(struct xdp_md *ctx)
{
	__u32 zero = 0;
	struct stats *s = bpf_map_lookup_elem(&st, &zero);
	bump(s, ctx->data_end - ctx->data);
	return XDP_PASS;
}
