// bpf_perf_event_output(ctx, map, flags, NULL, 0) -> kernel rejects NULL data (not nullable).
#include "common.h"
struct { __uint(type, BPF_MAP_TYPE_PERF_EVENT_ARRAY); __uint(key_size, 4); __uint(value_size, 4); } events SEC(".maps");
SEC("xdp") int prog(struct xdp_md *ctx)
{
	bpf_perf_event_output(ctx, &events, BPF_F_CURRENT_CPU, (void *)0, 0);
	return XDP_PASS;
}
LICENSE
