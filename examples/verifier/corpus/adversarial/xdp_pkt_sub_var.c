// data + 40 - (x & 31) after a 64-byte check: subtracting a non-negative variable.
#include "common.h"
SEC("xdp") int prog(struct xdp_md *ctx)
{
	unsigned char *data = (void *)(long)ctx->data;
	unsigned char *end = (void *)(long)ctx->data_end;
	if (data + 64 > end)
		return XDP_PASS;
	unsigned long idx = data[0] & 31;
	unsigned char *p;
	asm volatile("%0 = %1; %0 += 40; %0 -= %2" : "=&r"(p) : "r"(data), "r"(idx));
	return p[0] == 1 ? XDP_DROP : XDP_PASS;
}
LICENSE
