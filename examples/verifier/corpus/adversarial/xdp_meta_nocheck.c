// metadata read without a data_meta/data check
#include "common.h"
SEC("xdp") int prog(struct xdp_md *ctx)
{
	__u32 *meta = (void *)(long)ctx->data_meta;
	return *meta == 1 ? XDP_DROP : XDP_PASS;
}
LICENSE
