// cflags: -mcpu=v3
// SAFE: reads the Ethernet type after proving 14 bytes exist.
#include "common.h"

SEC("xdp")
int packet_checked(struct xdp_md *ctx)
{
    unsigned char *data = (unsigned char *)(long)ctx->data;
    unsigned char *end = (unsigned char *)(long)ctx->data_end;
    if (data + 14 > end)
        return XDP_DROP;
    return data[12] == 0x08 && data[13] == 0x00 ? XDP_PASS : XDP_DROP;
}
