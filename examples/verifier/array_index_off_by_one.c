// UNSAFE: checks column > 4 instead of >= 4, so column 4 writes past the 32-byte value.
#include "common.h"

struct {
    __uint(type, BPF_MAP_TYPE_ARRAY);
    __uint(max_entries, 8);
    __type(key, __u32);
    __type(value, __u64[4]);
} table SEC(".maps");

SEC("xdp")
int array_index_off_by_one(struct xdp_md *ctx)
{
    __u32 key = 0;
    __u64 *row = bpf_map_lookup_elem(&table, &key);
    if (!row)
        return XDP_PASS;
    __u32 column = ctx->ingress_ifindex;
    if (column > 4)
        return XDP_PASS;
    row[column] += 1;
    return XDP_PASS;
}
