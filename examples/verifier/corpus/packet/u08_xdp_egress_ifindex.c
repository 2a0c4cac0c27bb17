/* UNSAFE: plain SEC("xdp") program reads egress_ifindex (only devmap progs may) */
#include "common.h"
SEC("xdp")
int xdp_egress(struct xdp_md *ctx)
{
	if (ctx->egress_ifindex == ctx->ingress_ifindex)
		return XDP_DROP;
	return XDP_PASS;
}
char LICENSE[] SEC("license") = "GPL";
