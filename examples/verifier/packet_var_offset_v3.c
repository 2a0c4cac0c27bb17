// cflags: -mcpu=v3
// SAFE: skips a variable-length IPv4 header (ihl * 4 bytes) and checks the UDP header against data_end.
#include "common.h"

SEC("xdp")
int packet_var_offset(struct xdp_md *ctx)
{
    unsigned char *data = (unsigned char *)(long)ctx->data;
    unsigned char *end = (unsigned char *)(long)ctx->data_end;
    if (data + 34 > end)
        return XDP_PASS;
    unsigned int ihl = (data[14] & 0x0f) * 4;
    unsigned char *udp = data + 14 + ihl;
    if (udp + 8 > end)
        return XDP_PASS;
    return udp[2] == 0 && udp[3] == 53 ? XDP_DROP : XDP_PASS;
}
