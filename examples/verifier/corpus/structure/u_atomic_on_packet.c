/* unsafe: atomic decrement of a 32-bit packet field (saddr) directly in packet memory */
#include "common.h"
SEC("xdp") int prog(struct xdp_md *ctx)
{
	struct iphdr *ip = xdp_ip(ctx);
	if (!ip) return XDP_PASS;
	__sync_fetch_and_sub(&ip->saddr, 1);
	return XDP_PASS;
}
