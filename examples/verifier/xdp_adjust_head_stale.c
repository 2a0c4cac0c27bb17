// UNSAFE: reads through a packet pointer checked before bpf_xdp_adjust_head moved the packet.
#include "common.h"

SEC("xdp")
int xdp_adjust_head_stale(struct xdp_md *ctx)
{
    void *data = (void *)(long)ctx->data;
    void *data_end = (void *)(long)ctx->data_end;
    if (data + 14 > data_end)
        return XDP_DROP;
    if (bpf_xdp_adjust_head(ctx, 4))
        return XDP_DROP;
    return ((volatile __u8 *)data)[12] == 8 ? XDP_PASS : XDP_DROP;
}
