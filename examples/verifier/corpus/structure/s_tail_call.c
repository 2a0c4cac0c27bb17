/* safe: protocol dispatch through a PROG_ARRAY; falls through when the slot is empty */
#include "common.h"
struct { __uint(type, BPF_MAP_TYPE_PROG_ARRAY); __uint(key_size, 4); __uint(value_size, 4); __uint(max_entries, 256); } jmp SEC(".maps");
SEC("xdp") int dispatch(struct xdp_md *ctx)
{
	struct iphdr *ip = xdp_ip(ctx);
	if (!ip) return XDP_PASS;
	bpf_tail_call(ctx, &jmp, ip->protocol);
	return XDP_PASS;
}
