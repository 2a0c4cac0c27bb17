// Packet checked for 64 bytes, then data + (byte & 31) is dereferenced without a new data_end check.
// Kernel: adding a variable offset to a packet pointer resets its range -> reject.
#include "common.h"
SEC("xdp") int prog(struct xdp_md *ctx)
{
	unsigned char *data = (void *)(long)ctx->data;
	unsigned char *end = (void *)(long)ctx->data_end;
	if (data + 64 > end)
		return XDP_PASS;
	unsigned int idx = data[0] & 31;
	unsigned char *p = data + idx;
	return p[1] == 0x45 ? XDP_DROP : XDP_PASS;
}
LICENSE
