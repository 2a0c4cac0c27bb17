// UNSAFE: bpf_map_push_elem on a hash map (it needs a queue or stack).
#include "common.h"

SEC("xdp")
int wrong_map_for_helper(struct xdp_md *ctx)
{
    struct value v = {};
    bpf_map_push_elem(&values, &v, 0);
    return XDP_PASS;
}
