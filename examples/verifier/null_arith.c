// UNSAFE: adds to the lookup result before checking it for NULL.
#include "common.h"

SEC("xdp")
int null_arith(struct xdp_md *ctx)
{
    __u32 key = 0;
    struct value *v = bpf_map_lookup_elem(&values, &key);
    __u64 *last = &v->last;
    asm volatile("" : "+r"(last));
    if (!last)
        return XDP_PASS;
    *last = 1;
    return XDP_PASS;
}
