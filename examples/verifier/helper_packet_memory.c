// UNSAFE: bpf_perf_event_output may not read packet memory directly (only pkt_access helpers may).
#include "common.h"

struct {
    __uint(type, BPF_MAP_TYPE_PERF_EVENT_ARRAY);
    __uint(key_size, sizeof(__u32));
    __uint(value_size, sizeof(__u32));
} events SEC(".maps");

SEC("xdp")
int helper_packet_memory(struct xdp_md *ctx)
{
    void *data = (void *)(long)ctx->data;
    void *data_end = (void *)(long)ctx->data_end;
    if (data + 14 > data_end)
        return XDP_PASS;
    bpf_perf_event_output(ctx, &events, 0xffffffffULL, data, 14);
    return XDP_PASS;
}
