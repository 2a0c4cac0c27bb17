// SAFE: an array map looked up with an index the program checked against max_entries.
#include "common.h"

struct {
    __uint(type, BPF_MAP_TYPE_ARRAY);
    __uint(max_entries, 8);
    __type(key, __u32);
    __type(value, __u64[4]);
} table SEC(".maps");

SEC("xdp")
int array_index_checked(struct xdp_md *ctx)
{
    __u32 key = ctx->rx_queue_index;
    __u64 *row = bpf_map_lookup_elem(&table, &key);
    if (!row)
        return XDP_PASS;
    __u32 column = ctx->ingress_ifindex;
    if (column >= 4)
        return XDP_PASS;
    row[column] += 1;
    return XDP_PASS;
}
