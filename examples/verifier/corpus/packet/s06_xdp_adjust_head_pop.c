/* SAFE: pop outer VLAN tag via bpf_xdp_adjust_head, re-fetching data pointers */
#include "common.h"
SEC("xdp")
int xdp_vlan_pop(struct xdp_md *ctx)
{
	void *data = (void *)(long)ctx->data;
	void *data_end = (void *)(long)ctx->data_end;
	struct ethhdr *eth = data;
	struct ethhdr eth_cpy;
	struct vlan_hdr *vlh;
	if ((void *)(eth + 1) > data_end)
		return XDP_PASS;
	if (eth->h_proto != bpf_htons(ETH_P_8021Q))
		return XDP_PASS;
	vlh = (void *)(eth + 1);
	if ((void *)(vlh + 1) > data_end)
		return XDP_PASS;
	__be16 inner = vlh->h_vlan_encapsulated_proto;
	__builtin_memcpy(&eth_cpy, eth, sizeof(eth_cpy));
	if (bpf_xdp_adjust_head(ctx, (int)sizeof(*vlh)))
		return XDP_DROP;
	data = (void *)(long)ctx->data;
	data_end = (void *)(long)ctx->data_end;
	eth = data;
	if ((void *)(eth + 1) > data_end)
		return XDP_DROP;
	__builtin_memcpy(eth, &eth_cpy, sizeof(*eth));
	eth->h_proto = inner;
	return XDP_PASS;
}
char LICENSE[] SEC("license") = "GPL";
