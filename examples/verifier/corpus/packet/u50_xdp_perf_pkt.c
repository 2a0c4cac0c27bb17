/* UNSAFE: bpf_perf_event_output with the data pointer in packet memory (no pkt_access) */
#include "common.h"
struct { __uint(type, BPF_MAP_TYPE_PERF_EVENT_ARRAY); __uint(key_size, 4); __uint(value_size, 4); } events SEC(".maps");
SEC("xdp")
int xdp_perf_pkt(struct xdp_md *ctx)
{
	void *data = (void *)(long)ctx->data;
	void *data_end = (void *)(long)ctx->data_end;
	struct ethhdr *eth = data;
	if ((void *)(eth + 1) > data_end)
		return XDP_PASS;
	bpf_perf_event_output(ctx, &events, BPF_F_CURRENT_CPU, eth, sizeof(*eth));
	return XDP_PASS;
}
char LICENSE[] SEC("license") = "GPL";
