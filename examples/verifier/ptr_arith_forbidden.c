// UNSAFE: multiplies a pointer.
#include "common.h"

SEC("xdp")
int ptr_arith_forbidden(struct xdp_md *ctx)
{
    __u32 key = 0;
    struct value *v = bpf_map_lookup_elem(&values, &key);
    if (!v)
        return XDP_PASS;
    __u64 x = (__u64)(long)v;
    asm volatile("%0 *= 3" : "+r"(x));
    return x ? XDP_PASS : XDP_DROP;
}
