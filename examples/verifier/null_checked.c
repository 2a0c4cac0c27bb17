// SAFE: the lookup's result is used only after a NULL check.
#include "common.h"

SEC("xdp")
int null_checked(struct xdp_md *ctx)
{
    __u32 key = ctx->ingress_ifindex;
    struct value *v = bpf_map_lookup_elem(&values, &key);
    if (v)
        v->count++;
    return XDP_PASS;
}
