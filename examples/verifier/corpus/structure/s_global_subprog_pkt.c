/* safe: packet pointer passed to a global subprog after checking the full iphdr */
#include "common.h"
__noinline int is_tcp(struct iphdr *ip)
{
	if (!ip) return 0;
	return ip->protocol == IPPROTO_TCP;
}
SEC("xdp") int prog(struct xdp_md *ctx)
{
	void *data = (void *)(long)ctx->data, *end = (void *)(long)ctx->data_end;
	struct ethhdr *eth = data;
	if ((void *)(eth + 1) > end) return XDP_PASS;
	struct iphdr *ip = (void *)(eth + 1);
	if ((void *)(ip + 1) > end) return XDP_PASS;
	return is_tcp(ip) ? XDP_DROP : XDP_PASS;
}
