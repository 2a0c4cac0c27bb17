/* UNSAFE: signed offset read from packet, only upper bound checked, added to packet pointer */
#include "common.h"
SEC("xdp")
int xdp_signed(struct xdp_md *ctx)
{
	void *data = (void *)(long)ctx->data;
	void *data_end = (void *)(long)ctx->data_end;
	if (data + 64 > data_end)
		return XDP_PASS;
	int off = *(volatile int *)(data + 16);
	if (off > 40)
		return XDP_PASS;
	__u8 *p = data + off;
	if ((void *)(p + 1) > data_end)
		return XDP_PASS;
	return *p ? XDP_DROP : XDP_PASS;
}
char LICENSE[] SEC("license") = "GPL";
