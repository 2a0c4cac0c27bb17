// SAFE: map lookups may take their key straight from the packet.
#include "common.h"

SEC("xdp")
int packet_key_lookup_ok(struct xdp_md *ctx)
{
    void *data = (void *)(long)ctx->data;
    void *data_end = (void *)(long)ctx->data_end;
    if (data + 4 > data_end)
        return XDP_PASS;
    struct value *v = bpf_map_lookup_elem(&values, data);
    return v ? XDP_DROP : XDP_PASS;
}
