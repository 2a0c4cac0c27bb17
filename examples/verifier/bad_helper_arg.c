// UNSAFE: passes NULL as the key of bpf_map_lookup_elem.
#include "common.h"

SEC("xdp")
int bad_helper_arg(struct xdp_md *ctx)
{
    struct value *v = bpf_map_lookup_elem(&values, NULL);
    return v ? XDP_DROP : XDP_PASS;
}
