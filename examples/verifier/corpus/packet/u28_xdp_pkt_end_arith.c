/* UNSAFE: arithmetic on data_end (read the last byte of the frame) */
#include "common.h"
SEC("xdp")
int xdp_last_byte(struct xdp_md *ctx)
{
	void *data = (void *)(long)ctx->data;
	void *data_end = (void *)(long)ctx->data_end;
	__u8 *last = (__u8 *)data_end - 1;
	if ((void *)last < data)
		return XDP_PASS;
	return *last == 0xff ? XDP_DROP : XDP_PASS;
}
char LICENSE[] SEC("license") = "GPL";
