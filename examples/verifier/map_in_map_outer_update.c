// UNSAFE: updates an ARRAY_OF_MAPS from the program (only lookups are allowed on a map of maps).
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
int map_in_map_outer_update(struct xdp_md *ctx)
{
    __u32 which = ctx->rx_queue_index & 1, v = 0;
    bpf_map_update_elem(&outer, &which, &v, BPF_ANY);
    return XDP_PASS;
}
