// SAFE: sends a 16-byte event through a ring buffer.
#include "common.h"

struct {
    __uint(type, BPF_MAP_TYPE_RINGBUF);
    __uint(max_entries, 4096);
} events SEC(".maps");

SEC("xdp")
int ringbuf_event(struct xdp_md *ctx)
{
    __u64 event[2] = {ctx->ingress_ifindex, bpf_ktime_get_ns()};
    bpf_ringbuf_output(&events, event, sizeof(event), 0);
    return XDP_PASS;
}
