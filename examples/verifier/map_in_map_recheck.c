// SAFE: checks the inner map pointer for NULL again after its check; the kernel knows a map pointer is never
// NULL and skips the branch, which reads the packet unchecked.
#include "common.h"
struct inner_array {
    __uint(type, BPF_MAP_TYPE_ARRAY);
    __type(key, __u32);
    __type(value, __u64[2]);
    __uint(max_entries, 16);
} inner0 SEC(".maps");
struct {
    __uint(type, BPF_MAP_TYPE_ARRAY_OF_MAPS);
    __uint(max_entries, 2);
    __type(key, __u32);
    __array(values, struct inner_array);
} outer SEC(".maps") = { .values = { &inner0 } };
SEC("xdp")
int map_in_map_recheck(struct xdp_md *ctx)
{
    __u32 which = ctx->rx_queue_index & 1;
    void *tbl = bpf_map_lookup_elem(&outer, &which);
    if (!tbl)
        return XDP_PASS;
    asm volatile("" : "+r"(tbl));
    if (!tbl) {
        volatile int *p = (volatile int *)(long)ctx->data;
        asm volatile("" : "+r"(p));
        return *p;
    }
    return XDP_DROP;
}
