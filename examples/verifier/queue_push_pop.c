// SAFE: pushes a number onto a queue map and pops one back.
#include "common.h"

struct {
    __uint(type, BPF_MAP_TYPE_QUEUE);
    __uint(max_entries, 16);
    __type(value, __u64);
} pending SEC(".maps");

SEC("xdp")
int queue_push_pop(struct xdp_md *ctx)
{
    __u64 item = ctx->ingress_ifindex;
    bpf_map_push_elem(&pending, &item, 0);
    __u64 out;
    if (bpf_map_pop_elem(&pending, &out) == 0 && out == 3)
        return XDP_DROP;
    return XDP_PASS;
}
