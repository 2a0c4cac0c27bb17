// safe: data_meta + 4 <= data checked before reading metadata
#include "common.h"
SEC("xdp") int prog(struct xdp_md *ctx)
{
	__u32 *meta = (void *)(long)ctx->data_meta;
	void *data = (void *)(long)ctx->data;
	if ((void *)(meta + 1) > data)
		return XDP_PASS;
	return *meta == 1 ? XDP_DROP : XDP_PASS;
}
LICENSE
