/* SAFE (kernel does not range-check XDP return values): XDP program returns -1 on a parse error (not a valid xdp_action) */
#include "common.h"
SEC("xdp")
int xdp_neg(struct xdp_md *ctx)
{
	void *data = (void *)(long)ctx->data;
	void *data_end = (void *)(long)ctx->data_end;
	if (data + sizeof(struct ethhdr) > data_end)
		return -1;
	return XDP_PASS;
}
char LICENSE[] SEC("license") = "GPL";
