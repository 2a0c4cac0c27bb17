// SAFE: redirects every packet through a device map.
#include "common.h"

struct {
    __uint(type, BPF_MAP_TYPE_DEVMAP);
    __type(key, __u32);
    __type(value, __u32);
    __uint(max_entries, 8);
} ports SEC(".maps");

SEC("xdp")
int redirect_devmap_ok(struct xdp_md *ctx)
{
    return bpf_redirect_map(&ports, ctx->ingress_ifindex & 7, XDP_PASS);
}
