// Reads a stack array the program never wrote, at a variable index: root may (Linux).
#include "common.h"

SEC("xdp")
int stack_var_uninit(struct xdp_md *ctx)
{
    volatile __u32 table[8];
    __u32 i = ctx->rx_queue_index & 7;
    return table[i] > 4 ? XDP_PASS : XDP_DROP;
}
