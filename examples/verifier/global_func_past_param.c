// UNSAFE: a global function reads past the size its parameter's type declares (8 bytes of struct pair).
#include "common.h"

struct pair {
    __u32 a;
    __u32 b;
};

__attribute__((noinline)) int third(struct pair *p)
{
    if (!p)
        return 0;
    return ((__u32 *)p)[2];
}

SEC("xdp")
int global_func_past_param(struct xdp_md *ctx)
{
    struct pair pairs[2] = { { 1, 2 }, { 3, ctx->rx_queue_index } };
    return third(pairs) > 4 ? XDP_PASS : XDP_DROP;
}
