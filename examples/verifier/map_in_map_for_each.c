// SAFE: bpf_for_each_map_elem over the inner array a HASH_OF_MAPS lookup returned; the callback reads its 16-byte values.
#include "common.h"
struct inner_array {
    __uint(type, BPF_MAP_TYPE_ARRAY);
    __type(key, __u32);
    __type(value, __u64[2]);
    __uint(max_entries, 16);
} inner0 SEC(".maps");
struct {
    __uint(type, BPF_MAP_TYPE_HASH_OF_MAPS);
    __uint(max_entries, 2);
    __type(key, __u32);
    __array(values, struct inner_array);
} outer SEC(".maps") = { .values = { [0] = &inner0 } };
static long cb(void *map, __u32 *key, __u64 *val, void *ctx) { *(__u64 *)ctx += val[1]; return 0; }
SEC("xdp")
int map_in_map_for_each(struct xdp_md *ctx)
{
    __u32 which = ctx->rx_queue_index & 1;
    __u64 sum = 0;
    void *tbl = bpf_map_lookup_elem(&outer, &which);
    if (!tbl)
        return XDP_PASS;
    bpf_for_each_map_elem(tbl, cb, &sum, 0);
    return sum & 1 ? XDP_DROP : XDP_PASS;
}
