/* unsafe (-mcpu=v3): bound checked on (i + 4) in 32-bit arithmetic, which wraps for i >= 0xfffffffc */
#include "common.h"
struct tbl { __u32 slots[20]; };
struct { __uint(type, BPF_MAP_TYPE_ARRAY); __type(key, __u32); __type(value, struct tbl); __uint(max_entries, 1); } t SEC(".maps");
SEC("xdp") int mix(struct xdp_md *ctx)
{
	__u32 zero = 0;
	struct tbl *p = bpf_map_lookup_elem(&t, &zero);
	if (!p) return XDP_PASS;
	__u32 i = ctx->rx_queue_index - ctx->ingress_ifindex;
	__u32 j = i + 4;
	if (j >= 20) return XDP_PASS;
	p->slots[j - 4]++;
	return XDP_PASS;
}
