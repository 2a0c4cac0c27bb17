// UNSAFE: a bounds check of data + 64 does not cover data + (b & 31): on Linux, adding a number to a packet
// pointer makes a new pointer with no known range, which must be compared with data_end itself.
#include "common.h"

SEC("xdp")
int packet_var_offset_stale(struct xdp_md *ctx)
{
    unsigned char *data = (void *)(long)ctx->data;
    void *end = (void *)(long)ctx->data_end;
    if ((void *)(data + 64) > end)
        return XDP_PASS;
    unsigned char *p = data + (data[0] & 31);
    return p[0] == 0xff ? XDP_DROP : XDP_PASS;
}
