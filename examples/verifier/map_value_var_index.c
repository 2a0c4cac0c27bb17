// SAFE: a variable index into a map value's array, masked to the array's length.
#include "common.h"

SEC("xdp")
int map_value_var_index(struct xdp_md *ctx)
{
    __u32 key = 0;
    struct value *v = bpf_map_lookup_elem(&values, &key);
    if (!v)
        return XDP_PASS;
    __u32 i = ctx->rx_queue_index & 3;
    v->slots[i] += 1;
    return XDP_PASS;
}
