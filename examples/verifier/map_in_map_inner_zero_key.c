// SAFE: looks up constant key 0 (below max_entries) in the inner array, which cannot fail, and reads the value
// without a NULL check.
#include "common.h"

struct inner_array {
    __uint(type, BPF_MAP_TYPE_ARRAY);
    __type(key, __u32);
    __type(value, __u64[2]);
    __uint(max_entries, 16);
} inner0 SEC(".maps"), inner1 SEC(".maps");

struct {
    __uint(type, BPF_MAP_TYPE_ARRAY_OF_MAPS);
    __uint(max_entries, 2);
    __type(key, __u32);
    __array(values, struct inner_array);
} outer SEC(".maps") = { .values = { &inner0, &inner1 } };

SEC("xdp")
int map_in_map_inner_zero_key(struct xdp_md *ctx)
{
    __u32 which = ctx->rx_queue_index & 1, k = 0;
    void *tbl = bpf_map_lookup_elem(&outer, &which);
    if (!tbl)
        return XDP_PASS;
    __u64 *v = bpf_map_lookup_elem(tbl, &k);
    return v[0] & 1 ? XDP_DROP : XDP_PASS;
}
