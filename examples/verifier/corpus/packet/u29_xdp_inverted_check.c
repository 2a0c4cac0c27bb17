/* UNSAFE: inverted bounds check (returns when the header DOES fit) */
#include "common.h"
SEC("xdp")
int xdp_inverted(struct xdp_md *ctx)
{
	void *data = (void *)(long)ctx->data;
	void *data_end = (void *)(long)ctx->data_end;
	struct ethhdr *eth = data;
	if ((void *)(eth + 1) <= data_end)
		return XDP_PASS;
	return eth->h_proto == 0 ? XDP_DROP : XDP_PASS;
}
char LICENSE[] SEC("license") = "GPL";
