/* UNSAFE: uses eth pointer obtained before bpf_xdp_adjust_head */
#include "common.h"
SEC("xdp")
int xdp_stale(struct xdp_md *ctx)
{
	void *data = (void *)(long)ctx->data;
	void *data_end = (void *)(long)ctx->data_end;
	struct ethhdr *eth = data;
	if ((void *)(eth + 1) + sizeof(struct vlan_hdr) > data_end)
		return XDP_PASS;
	if (eth->h_proto != bpf_htons(ETH_P_8021Q))
		return XDP_PASS;
	if (bpf_xdp_adjust_head(ctx, 4))
		return XDP_DROP;
	eth->h_proto = bpf_htons(ETH_P_IP); /* stale: packet pointers invalidated */
	return XDP_PASS;
}
char LICENSE[] SEC("license") = "GPL";
