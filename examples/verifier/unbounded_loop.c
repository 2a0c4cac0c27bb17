// REJECTED: loops as many times as a 32-bit context field says; no bound is visible.
#include "common.h"

SEC("xdp")
int unbounded_loop(struct xdp_md *ctx)
{
    __u32 key = 0;
    struct value *v = bpf_map_lookup_elem(&values, &key);
    if (!v)
        return XDP_PASS;
    __u32 n = ctx->rx_queue_index;
#pragma nounroll
    for (__u32 i = 0; i < n; i++)
        v->count += bpf_get_prandom_u32();
    return XDP_PASS;
}
