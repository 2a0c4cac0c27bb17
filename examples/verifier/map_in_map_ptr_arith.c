// UNSAFE: adds 8 to the (checked) inner map pointer before passing it to bpf_map_lookup_elem.
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
int map_in_map_ptr_arith(struct xdp_md *ctx)
{
    __u32 which = ctx->rx_queue_index & 1, k = 3;
    char *tbl = bpf_map_lookup_elem(&outer, &which);
    if (!tbl)
        return XDP_PASS;
    tbl += 8;
    asm volatile("" : "+r"(tbl));
    __u64 *v = bpf_map_lookup_elem(tbl, &k);
    if (!v)
        return XDP_PASS;
    return v[0] & 1 ? XDP_DROP : XDP_PASS;
}
