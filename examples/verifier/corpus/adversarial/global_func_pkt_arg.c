// passing a packet pointer to a global function (its argument is typed as generic memory)
#include "common.h"
__attribute__((noinline)) int first_byte(unsigned char *p)
{
	if (!p) return 0;
	return p[0];
}
SEC("xdp") int prog(struct xdp_md *ctx)
{
	unsigned char *data = (void *)(long)ctx->data, *end = (void *)(long)ctx->data_end;
	if (data + 1 > end) return XDP_PASS;
	return first_byte(data) == 0xff ? XDP_DROP : XDP_PASS;
}
LICENSE
