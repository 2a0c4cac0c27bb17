/* UNSAFE (edge): bounds check at a constant offset beyond MAX_PACKET_OFF gives no range */
#include "common.h"
SEC("xdp")
int xdp_huge(struct xdp_md *ctx)
{
	void *data = (void *)(long)ctx->data;
	void *data_end = (void *)(long)ctx->data_end;
	if (data + 0x10000 > data_end)
		return XDP_PASS;
	return *(__u8 *)data ? XDP_DROP : XDP_PASS;
}
char LICENSE[] SEC("license") = "GPL";
