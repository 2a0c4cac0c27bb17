/* SAFE: truncate large packets to 256 bytes (samples/bpf xdp_adjust_tail style) */
#include "common.h"
#define MAX_PCKT 256
SEC("xdp")
int xdp_trunc(struct xdp_md *ctx)
{
	void *data = (void *)(long)ctx->data;
	void *data_end = (void *)(long)ctx->data_end;
	int len = data_end - data;
	if (len <= MAX_PCKT)
		return XDP_PASS;
	if (bpf_xdp_adjust_tail(ctx, MAX_PCKT - len))
		return XDP_DROP;
	data = (void *)(long)ctx->data;
	data_end = (void *)(long)ctx->data_end;
	struct ethhdr *eth = data;
	if ((void *)(eth + 1) > data_end)
		return XDP_DROP;
	return eth->h_proto == bpf_htons(ETH_P_IP) ? XDP_TX : XDP_PASS;
}
char LICENSE[] SEC("license") = "GPL";
