// Reads data_meta after checking it against data (our verifier rejects: no meta bound is tracked).
#include "common.h"

SEC("xdp")
int xdp_data_meta_read(struct xdp_md *ctx)
{
    unsigned char *meta = (unsigned char *)(long)ctx->data_meta;
    unsigned char *data = (unsigned char *)(long)ctx->data;
    if (meta + 4 > data)
        return XDP_PASS;
    return meta[0] ? XDP_DROP : XDP_PASS;
}
