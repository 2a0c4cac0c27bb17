/* UNSAFE: bounds-checks UDP at fixed 20-byte IP offset but reads it at ihl*4 */
#include "common.h"
SEC("xdp")
int xdp_ihl_bad(struct xdp_md *ctx)
{
	void *data = (void *)(long)ctx->data;
	void *data_end = (void *)(long)ctx->data_end;
	struct ethhdr *eth = data;
	struct iphdr *iph = (void *)(eth + 1);
	if ((void *)(iph + 1) + sizeof(struct udphdr) > data_end)
		return XDP_PASS;
	if (iph->protocol != IPPROTO_UDP)
		return XDP_PASS;
	struct udphdr *udph = (void *)iph + iph->ihl * 4;
	if (udph->dest == bpf_htons(53))
		return XDP_DROP;
	return XDP_PASS;
}
char LICENSE[] SEC("license") = "GPL";
