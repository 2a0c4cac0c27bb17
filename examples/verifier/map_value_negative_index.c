// UNSAFE: a signed index that may be negative selects a map value slot.
#include "common.h"

SEC("xdp")
int map_value_negative_index(struct xdp_md *ctx)
{
    __u32 key = 0;
    struct value *v = bpf_map_lookup_elem(&values, &key);
    if (!v)
        return XDP_PASS;
    int i = (int)ctx->rx_queue_index;
    if (i > 3)
        return XDP_PASS;
    v->slots[i] = 1;
    return XDP_PASS;
}
