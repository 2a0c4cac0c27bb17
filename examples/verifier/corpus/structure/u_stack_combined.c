/* unsafe: each frame is under 512 bytes, but caller (~328) + callee (~328) exceed the combined 512-byte limit (XDP: no private stack) */
#include "common.h"
struct rec { __u64 w[40]; };
struct { __uint(type, BPF_MAP_TYPE_PERCPU_ARRAY); __type(key, __u32); __type(value, struct rec); __uint(max_entries, 2); } scratch SEC(".maps");
static __noinline int save(__u32 slot, __u64 seed)
{
	struct rec r;
	#pragma unroll
	for (int i = 0; i < 40; i++) r.w[i] = seed + i;
	return bpf_map_update_elem(&scratch, &slot, &r, BPF_ANY);
}
SEC("xdp") int big(struct xdp_md *ctx)
{
	struct rec r;
	#pragma unroll
	for (int i = 0; i < 40; i++) r.w[i] = ctx->rx_queue_index ^ i;
	__u32 zero = 0;
	bpf_map_update_elem(&scratch, &zero, &r, BPF_ANY);
	return save(1, r.w[ctx->ingress_ifindex & 31]) ? XDP_DROP : XDP_PASS;
}
