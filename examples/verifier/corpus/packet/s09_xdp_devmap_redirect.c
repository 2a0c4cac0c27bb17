/* SAFE: xdp_redirect_map with DEVMAP (samples/bpf xdp_redirect_map) */
#include "common.h"
struct { __uint(type, BPF_MAP_TYPE_DEVMAP); __type(key, __u32); __type(value, __u32); __uint(max_entries, 64); } tx_port SEC(".maps");
struct { __uint(type, BPF_MAP_TYPE_PERCPU_ARRAY); __type(key, __u32); __type(value, __u64); __uint(max_entries, 1); } rxcnt SEC(".maps");
SEC("xdp")
int xdp_redirect_map_prog(struct xdp_md *ctx)
{
	void *data_end = (void *)(long)ctx->data_end;
	void *data = (void *)(long)ctx->data;
	struct ethhdr *eth = data;
	__u32 key = 0;
	if ((void *)(eth + 1) > data_end)
		return XDP_DROP;
	__u8 tmp[ETH_ALEN];
	__builtin_memcpy(tmp, eth->h_source, ETH_ALEN);
	__builtin_memcpy(eth->h_source, eth->h_dest, ETH_ALEN);
	__builtin_memcpy(eth->h_dest, tmp, ETH_ALEN);
	__u64 *value = bpf_map_lookup_elem(&rxcnt, &key);
	if (value)
		*value += 1;
	return bpf_redirect_map(&tx_port, ctx->ingress_ifindex % 64, 0);
}
char LICENSE[] SEC("license") = "GPL";
