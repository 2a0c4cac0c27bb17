/* SAFE: devmap egress program may read egress_ifindex */
#include "common.h"
SEC("xdp/devmap")
int xdp_devmap_egress(struct xdp_md *ctx)
{
	void *data = (void *)(long)ctx->data;
	void *data_end = (void *)(long)ctx->data_end;
	struct ethhdr *eth = data;
	if ((void *)(eth + 1) > data_end)
		return XDP_DROP;
	eth->h_source[5] = ctx->egress_ifindex & 0xff;
	return XDP_PASS;
}
char LICENSE[] SEC("license") = "GPL";
