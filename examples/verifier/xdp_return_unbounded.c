// UNSAFE: returns a context field, which may be any 32-bit number.
#include "common.h"

SEC("xdp")
int xdp_return_unbounded(struct xdp_md *ctx)
{
    return ctx->rx_queue_index;
}
