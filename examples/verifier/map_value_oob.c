// UNSAFE: writes 4 bytes at offset 32 of a 32-byte map value.
#include "common.h"

SEC("xdp")
int map_value_oob(struct xdp_md *ctx)
{
    __u32 key = 0;
    struct value *v = bpf_map_lookup_elem(&values, &key);
    if (!v)
        return XDP_PASS;
    ((__u32 *)v)[8] = 1;
    return XDP_PASS;
}
