/* safe: per-interface policy tables selected through an ARRAY_OF_MAPS */
#include "common.h"
struct inner { __uint(type, BPF_MAP_TYPE_ARRAY); __type(key, __u32); __type(value, __u64); __uint(max_entries, 256); };
struct inner inner0 SEC(".maps"), inner1 SEC(".maps");
struct { __uint(type, BPF_MAP_TYPE_ARRAY_OF_MAPS); __uint(max_entries, 2); __type(key, __u32);
	__array(values, struct inner); } outer SEC(".maps") = { .values = { &inner0, &inner1 } };
SEC("xdp") int aom(struct xdp_md *ctx)
{
	struct iphdr *ip = xdp_ip(ctx);
	if (!ip) return XDP_PASS;
	__u32 which = ctx->rx_queue_index & 1;
	void *tbl = bpf_map_lookup_elem(&outer, &which);
	if (!tbl) return XDP_PASS;
	__u32 k = ip->protocol;
	__u64 *cnt = bpf_map_lookup_elem(tbl, &k);
	if (cnt) __sync_fetch_and_add(cnt, 1);
	return XDP_PASS;
}
