// SAFE: a HASH_OF_MAPS lookup gives an inner hash, which the program updates and deletes from.
#include "common.h"

struct inner_hash {
    __uint(type, BPF_MAP_TYPE_HASH);
    __type(key, __u32);
    __type(value, __u64);
    __uint(max_entries, 64);
} tmpl SEC(".maps");

struct {
    __uint(type, BPF_MAP_TYPE_HASH_OF_MAPS);
    __uint(max_entries, 64);
    __type(key, __u32);
    __array(values, struct inner_hash);
} per_key SEC(".maps") = { .values = { [1] = &tmpl } };

SEC("xdp")
int map_in_map_hash_update(struct xdp_md *ctx)
{
    __u32 which = ctx->rx_queue_index, k = 7;
    __u64 one = 1;
    void *tbl = bpf_map_lookup_elem(&per_key, &which);
    if (!tbl)
        return XDP_PASS;
    bpf_map_update_elem(tbl, &k, &one, BPF_ANY);
    bpf_map_delete_elem(tbl, &which);
    return XDP_PASS;
}
