/* SAFE: AF_XDP default program: redirect to XSKMAP by rx queue */
#include "common.h"
struct { __uint(type, BPF_MAP_TYPE_XSKMAP); __type(key, __u32); __type(value, __u32); __uint(max_entries, 64); } xsks_map SEC(".maps");
struct { __uint(type, BPF_MAP_TYPE_PERCPU_ARRAY); __type(key, __u32); __type(value, __u32); __uint(max_entries, 64); } xdp_stats_map SEC(".maps");
SEC("xdp")
int xdp_sock_prog(struct xdp_md *ctx)
{
	int index = ctx->rx_queue_index;
	__u32 *pkt_count = bpf_map_lookup_elem(&xdp_stats_map, &index);
	if (pkt_count) {
		if ((*pkt_count)++ & 1)
			return XDP_PASS;
	}
	if (bpf_map_lookup_elem(&xsks_map, &index))
		return bpf_redirect_map(&xsks_map, index, 0);
	return XDP_PASS;
}
char LICENSE[] SEC("license") = "GPL";
