// SAFE: an XDP program rewrites the first byte after checking the length.
#include "common.h"

SEC("xdp")
int packet_write_xdp(struct xdp_md *ctx)
{
    unsigned char *data = (unsigned char *)(long)ctx->data;
    unsigned char *end = (unsigned char *)(long)ctx->data_end;
    if (data + 6 > end)
        return XDP_PASS;
    data[0] = 0xff;
    data[5] = data[0];
    return XDP_TX;
}
