// SAFE: the lookup result survives a spill to the stack across a helper call.
#include "common.h"

SEC("xdp")
int spill_fill_pointer(struct xdp_md *ctx)
{
    __u32 key = 0;
    struct value *v = bpf_map_lookup_elem(&values, &key);
    if (!v)
        return XDP_PASS;
    __u64 t = bpf_ktime_get_ns();
    __u32 r = bpf_get_prandom_u32();
    v->last = t + r;
    v->count += 1;
    return XDP_PASS;
}
