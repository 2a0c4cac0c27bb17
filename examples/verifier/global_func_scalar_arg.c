// UNSAFE: a global function's parameter is an integer, so it may hold any value: indexing a stack array
// with it is unbounded, although the only caller passes a small number.
#include "common.h"

__attribute__((noinline)) int pick(int i)
{
    __u32 table[4] = { 1, 2, 3, 4 };
    return table[i];
}

SEC("xdp")
int global_func_scalar_arg(struct xdp_md *ctx)
{
    return pick(ctx->rx_queue_index & 3) > 2 ? XDP_PASS : XDP_DROP;
}
