// UNSAFE: the index is masked with 7 but the array has 4 slots (the access may pass the value's end).
#include "common.h"

SEC("xdp")
int map_value_var_index_oob(struct xdp_md *ctx)
{
    __u32 key = 0;
    struct value *v = bpf_map_lookup_elem(&values, &key);
    if (!v)
        return XDP_PASS;
    __u32 i = ctx->rx_queue_index & 15;
    v->slots[i] += 1;
    return XDP_PASS;
}
