/* unsafe (-mcpu=v3): atomic fetch-add through a map value pointer that may be NULL (checked only on one side) */
#include "common.h"
struct { __uint(type, BPF_MAP_TYPE_HASH); __type(key, __u32); __type(value, __u64); __uint(max_entries, 64); } st SEC(".maps");
SEC("xdp") int atom(struct xdp_md *ctx)
{
	__u32 k = ctx->rx_queue_index;
	__u64 *v = bpf_map_lookup_elem(&st, &k);
	__u64 len = ctx->data_end - ctx->data;
	if (len > 1500 && !v) return XDP_DROP;
	__u64 old = __sync_fetch_and_add(v, 1);
	return old > 1000000 ? XDP_DROP : XDP_PASS;
}
