// Safe twin: the variable packet pointer is re-checked against data_end.
#include "common.h"
SEC("xdp") int prog(struct xdp_md *ctx)
{
	unsigned char *data = (void *)(long)ctx->data;
	unsigned char *end = (void *)(long)ctx->data_end;
	if (data + 64 > end)
		return XDP_PASS;
	unsigned int idx = data[0] & 31;
	unsigned char *p = data + idx;
	if (p + 2 > end)
		return XDP_PASS;
	return p[1] == 0x45 ? XDP_DROP : XDP_PASS;
}
LICENSE
