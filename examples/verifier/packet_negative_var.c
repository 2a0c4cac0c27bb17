// UNSAFE: Linux keeps a packet pointer's variable offset apart from its constant one and refuses access
// through a pointer whose variable part may be negative, even when the total stays inside the packet
// (here data + 40 - (b & 31) is 9..40 bytes in, and 64 bytes are known to exist).
#include "common.h"

SEC("xdp")
int packet_negative_var(struct xdp_md *ctx)
{
    unsigned char *data = (void *)(long)ctx->data;
    void *end = (void *)(long)ctx->data_end;
    if ((void *)(data + 64) > end)
        return XDP_PASS;
    unsigned long back = data[0] & 31;
    unsigned char *p = data + 40;
    asm volatile("%0 -= %1" : "+r"(p) : "r"(back));
    if ((void *)(p + 1) > end)
        return XDP_PASS;
    return p[0] == 0xff ? XDP_DROP : XDP_PASS;
}
