// SAFE: sums up to 64 packet bytes, checking each against data_end.
#include "common.h"

SEC("xdp")
int loop_over_packet(struct xdp_md *ctx)
{
    unsigned char *data = (unsigned char *)(long)ctx->data;
    unsigned char *end = (unsigned char *)(long)ctx->data_end;
    __u32 sum = 0;
#pragma nounroll
    for (int i = 0; i < 64; i++) {
        if (data + i + 1 > end)
            break;
        sum += data[i];
    }
    return sum & 1 ? XDP_PASS : XDP_DROP;
}
