// safe twin: global function null-checks its pointer argument
#include "common.h"
__attribute__((noinline)) int read_val(int *p)
{
	if (!p)
		return 0;
	return *p + 1;
}
SEC("xdp") int prog(struct xdp_md *ctx)
{
	int x = ctx->rx_queue_index;
	return read_val(&x) > 3 ? XDP_DROP : XDP_PASS;
}
LICENSE
