/* UNSAFE: tries to skip the Ethernet header by writing ctx->data */
#include "common.h"
SEC("xdp")
int xdp_write_ctx(struct xdp_md *ctx)
{
	void *data = (void *)(long)ctx->data;
	void *data_end = (void *)(long)ctx->data_end;
	if (data + ETH_HLEN > data_end)
		return XDP_PASS;
	ctx->data = ctx->data + ETH_HLEN;
	return XDP_PASS;
}
char LICENSE[] SEC("license") = "GPL";
