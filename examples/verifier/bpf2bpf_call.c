// SAFE: a bpf-to-bpf call to a function that bounds its argument.
#include "common.h"

static __attribute__((noinline)) int clamp_action(__u32 x)
{
    return x > XDP_TX ? XDP_PASS : (int)x;
}

SEC("xdp")
int bpf2bpf_call(struct xdp_md *ctx)
{
    return clamp_action(ctx->rx_queue_index);
}
