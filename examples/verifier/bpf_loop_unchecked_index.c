// UNSAFE: the callback indexes the slots with the loop index without bounding it.
#include "common.h"

struct sum_ctx { struct value *v; __u64 sum; };

static int add_slot(__u32 index, void *data)
{
    struct sum_ctx *c = data;
    c->sum += c->v->slots[index];
    return 0;
}

SEC("xdp")
int bpf_loop_unchecked_index(struct xdp_md *ctx)
{
    __u32 key = 0;
    struct value *v = bpf_map_lookup_elem(&values, &key);
    if (!v)
        return XDP_PASS;
    struct sum_ctx c = { .v = v, .sum = 0 };
    bpf_loop(4, add_slot, &c, 0);
    v->last = c.sum;
    return XDP_PASS;
}
