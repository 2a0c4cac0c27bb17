/* safe: XDP caller + callee stack frames that fit in 512 bytes when each is rounded up to 16 (as the JIT-ing kernel does), not when rounded to 32 */
#include "common.h"
struct rec_a { __u64 w[32]; };
struct rec_b { __u64 w[29]; };
struct { __uint(type, BPF_MAP_TYPE_PERCPU_ARRAY); __type(key, __u32); __type(value, struct rec_a); __uint(max_entries, 2); } sa SEC(".maps");
struct { __uint(type, BPF_MAP_TYPE_PERCPU_ARRAY); __type(key, __u32); __type(value, struct rec_b); __uint(max_entries, 2); } sb SEC(".maps");
static __noinline int save(struct xdp_md *ctx)
{
	struct rec_b r;
	__builtin_memset(&r, 0, sizeof(r));
	r.w[0] = ctx->rx_queue_index;
	__u32 one = 1;
	return bpf_map_update_elem(&sb, &one, &r, BPF_ANY);
}
SEC("xdp") int big(struct xdp_md *ctx)
{
	struct rec_a r;
	__builtin_memset(&r, 0, sizeof(r));
	r.w[1] = ctx->ingress_ifindex;
	__u32 zero = 0;
	bpf_map_update_elem(&sa, &zero, &r, BPF_ANY);
	return save(ctx) ? XDP_DROP : XDP_PASS;
}
