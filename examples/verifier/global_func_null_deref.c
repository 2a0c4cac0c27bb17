// UNSAFE: a global function dereferences its pointer parameter without a NULL check; Linux verifies the
// function for every caller, so the parameter may be NULL even though this caller passes a stack buffer.
#include "common.h"

__attribute__((noinline)) int first(__u32 *p)
{
    return *p;
}

SEC("xdp")
int global_func_null_deref(struct xdp_md *ctx)
{
    __u32 v = ctx->rx_queue_index;
    return first(&v) > 4 ? XDP_PASS : XDP_DROP;
}
