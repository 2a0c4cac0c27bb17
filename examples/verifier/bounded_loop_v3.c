// cflags: -mcpu=v3
// SAFE: a loop of 16 iterations that the compiler keeps as a loop.
#include "common.h"

SEC("xdp")
int bounded_loop(struct xdp_md *ctx)
{
    __u32 key = 0;
    struct value *v = bpf_map_lookup_elem(&values, &key);
    if (!v)
        return XDP_PASS;
    __u64 sum = 0;
#pragma nounroll
    for (int i = 0; i < 16; i++)
        sum += v->slots[i & 3] * i;
    v->last = sum;
    return XDP_PASS;
}
