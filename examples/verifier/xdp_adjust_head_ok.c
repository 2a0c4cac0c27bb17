// SAFE: pops 4 bytes with bpf_xdp_adjust_head, then checks the packet again before reading.
#include "common.h"

SEC("xdp")
int xdp_adjust_head_ok(struct xdp_md *ctx)
{
    if (bpf_xdp_adjust_head(ctx, 4))
        return XDP_DROP;
    void *data = (void *)(long)ctx->data;
    void *data_end = (void *)(long)ctx->data_end;
    if (data + 14 > data_end)
        return XDP_DROP;
    return ((__u8 *)data)[12] == 8 ? XDP_PASS : XDP_DROP;
}
