// A non-static (global) function is verified on its own: its pointer argument may be NULL,
// so dereferencing it without a check is rejected even though the caller passes a stack address.
#include "common.h"
__attribute__((noinline)) int read_val(int *p)
{
	return *p + 1;
}
SEC("xdp") int prog(struct xdp_md *ctx)
{
	int x = ctx->rx_queue_index;
	return read_val(&x) > 3 ? XDP_DROP : XDP_PASS;
}
LICENSE
