// UNSAFE: an XDP program may not call bpf_skb_load_bytes.
#include "common.h"

SEC("xdp")
int helper_not_allowed(struct xdp_md *ctx)
{
    char buf[4];
    bpf_skb_load_bytes(ctx, 0, buf, 4);
    return XDP_PASS;
}
