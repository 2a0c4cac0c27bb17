/* unsafe: passes the second half of an 16-byte map value to a global subprog whose argument type is a 16-byte struct */
#include "common.h"
struct pair { __u64 a; __u64 b; };
struct { __uint(type, BPF_MAP_TYPE_ARRAY); __type(key, __u32); __type(value, struct pair); __uint(max_entries, 4); } pairs SEC(".maps");
__noinline int first_nonzero(struct pair *p)
{
	if (!p) return 0;
	return p->a != 0;
}
SEC("xdp") int prog(struct xdp_md *ctx)
{
	__u32 k = ctx->rx_queue_index & 3;
	struct pair *v = bpf_map_lookup_elem(&pairs, &k);
	if (!v) return XDP_PASS;
	return first_nonzero((struct pair *)&v->b) ? XDP_DROP : XDP_PASS;
}
