/* unsafe: caller trusts the range of a global subprog's return value (kernel treats it as unknown) */
#include "common.h"
struct tbl { __u64 v[16]; };
struct { __uint(type, BPF_MAP_TYPE_ARRAY); __type(key, __u32); __type(value, struct tbl); __uint(max_entries, 1); } t SEC(".maps");
__noinline int bucket(__u32 len) { return (len >> 7) & 15; }
SEC("xdp") int prog(struct xdp_md *ctx)
{
	__u32 zero = 0;
	struct tbl *p = bpf_map_lookup_elem(&t, &zero);
	if (!p) return XDP_PASS;
	int b = bucket(ctx->data_end - ctx->data);
	p->v[b]++;
	return XDP_PASS;
}
