/* safe (-mcpu=v3): signed 32-bit index checked on both sides (jmp32 signed compares) */
#include "common.h"
struct tbl { __u32 slots[64]; };
struct { __uint(type, BPF_MAP_TYPE_ARRAY); __type(key, __u32); __type(value, struct tbl); __uint(max_entries, 1); } t SEC(".maps");
SEC("xdp") int mix(struct xdp_md *ctx)
{
	__u32 zero = 0;
	struct tbl *p = bpf_map_lookup_elem(&t, &zero);
	if (!p) return XDP_PASS;
	int delta = (int)ctx->rx_queue_index - (int)ctx->ingress_ifindex;
	if (delta < 0 || delta >= 64) return XDP_PASS;
	p->slots[delta]++;
	return XDP_PASS;
}
