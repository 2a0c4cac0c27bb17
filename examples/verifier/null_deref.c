// UNSAFE: dereferences bpf_map_lookup_elem's result without checking it for NULL.
#include "common.h"

SEC("xdp")
int null_deref(struct xdp_md *ctx)
{
    __u32 key = ctx->ingress_ifindex;
    struct value *v = bpf_map_lookup_elem(&values, &key);
    v->count++;
    return XDP_PASS;
}
