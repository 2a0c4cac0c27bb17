/* safe: map value passed to a global subprog whose argument type has exactly the value's size */
#include "common.h"
struct stats { __u64 pkts; __u64 bytes; __u64 hist[8]; };
struct { __uint(type, BPF_MAP_TYPE_ARRAY); __type(key, __u32); __type(value, struct stats); __uint(max_entries, 1); } st SEC(".maps");
__noinline int bump(struct stats *s, __u32 len)
{
	if (!s) return 0;
	s->pkts++;
	s->bytes += len;
	s->hist[(len >> 8) & 7]++;
	return 1;
}
SEC("xdp") int prog(struct xdp_md *ctx)
{
	__u32 zero = 0;
	struct stats *s = bpf_map_lookup_elem(&st, &zero);
	if (!s) return XDP_PASS;
	return bump(s, ctx->data_end - ctx->data) ? XDP_PASS : XDP_DROP;
}
