// UNSAFE: proves 13 bytes exist, then reads byte 13 (the 14th).
#include "common.h"

SEC("xdp")
int packet_off_by_one(struct xdp_md *ctx)
{
    unsigned char *data = (unsigned char *)(long)ctx->data;
    unsigned char *end = (unsigned char *)(long)ctx->data_end;
    if (data + 13 > end)
        return XDP_DROP;
    return data[13] == 0x00 ? XDP_PASS : XDP_DROP;
}
