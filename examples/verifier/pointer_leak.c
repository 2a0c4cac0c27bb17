// Stores a stack address into a map value: root may (Linux), an unprivileged loader may not.
#include "common.h"

SEC("xdp")
int pointer_leak(struct xdp_md *ctx)
{
    __u32 key = 0;
    struct value *v = bpf_map_lookup_elem(&values, &key);
    if (!v)
        return XDP_PASS;
    v->last = (__u64)(long)&key;
    return XDP_PASS;
}
