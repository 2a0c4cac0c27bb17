/* safe: tail call from a static subprog; caller frame small (combined stack < 256) */
#include "common.h"
struct { __uint(type, BPF_MAP_TYPE_PROG_ARRAY); __uint(key_size, 4); __uint(value_size, 4); __uint(max_entries, 8); } jmp SEC(".maps");
static __noinline int do_dispatch(struct xdp_md *ctx, __u32 idx)
{
	bpf_tail_call(ctx, &jmp, idx);
	return XDP_PASS;
}
SEC("xdp") int dispatch(struct xdp_md *ctx)
{
	struct iphdr *ip = xdp_ip(ctx);
	if (!ip) return XDP_PASS;
	return do_dispatch(ctx, ip->protocol & 7);
}
