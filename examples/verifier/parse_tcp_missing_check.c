// UNSAFE: reads the TCP flags after a variable-length IPv4 header without checking against data_end.
#include "common.h"

SEC("xdp")
int parse_tcp_missing_check(struct xdp_md *ctx)
{
    unsigned char *data = (unsigned char *)(long)ctx->data;
    unsigned char *end = (unsigned char *)(long)ctx->data_end;
    if (data + 14 + 20 > end)
        return XDP_PASS;
    unsigned int ihl = (data[14] & 0x0f) * 4;
    unsigned char *tcp = data + 14 + ihl;
    return tcp[13] & 0x02 ? XDP_DROP : XDP_PASS;
}
