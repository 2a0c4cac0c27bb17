// UNSAFE: a stack array of 8 entries indexed by a value masked with 15.
#include "common.h"

SEC("xdp")
int var_stack_oob(struct xdp_md *ctx)
{
    volatile __u32 table[8];
    __u32 base = ctx->ingress_ifindex;
#pragma unroll
    for (int k = 0; k < 8; k++)
        table[k] = base + k;
    __u32 i = ctx->rx_queue_index & 15;
    return table[i] > 4 ? XDP_PASS : XDP_DROP;
}
