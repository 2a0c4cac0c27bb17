// UNSAFE: Linux supports global functions that return a number only; this one returns void.
#include "common.h"

__attribute__((noinline)) void bump(__u32 *p)
{
    if (p)
        *p += 1;
}

SEC("xdp")
int global_func_void(struct xdp_md *ctx)
{
    __u32 v = ctx->rx_queue_index;
    bump(&v);
    return v > 4 ? XDP_PASS : XDP_DROP;
}
