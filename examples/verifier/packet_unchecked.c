// UNSAFE: reads the Ethernet type without comparing against data_end.
#include "common.h"

SEC("xdp")
int packet_unchecked(struct xdp_md *ctx)
{
    unsigned char *data = (unsigned char *)(long)ctx->data;
    return data[12] == 0x08 ? XDP_PASS : XDP_DROP;
}
