/* SAFE: global (separately verified) function taking the XDP ctx */
#include "common.h"
__attribute__((noinline)) int classify(struct xdp_md *ctx)
{
	void *data = (void *)(long)ctx->data;
	void *data_end = (void *)(long)ctx->data_end;
	struct ethhdr *eth = data;
	if ((void *)(eth + 1) > data_end)
		return 0;
	return eth->h_proto == bpf_htons(ETH_P_IPV6) ? 2 : 1;
}
SEC("xdp")
int xdp_global(struct xdp_md *ctx)
{
	return classify(ctx) == 2 ? XDP_DROP : XDP_PASS;
}
char LICENSE[] SEC("license") = "GPL";
