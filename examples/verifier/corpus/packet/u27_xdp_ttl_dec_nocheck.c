/* UNSAFE: router decrements TTL after checking only the Ethernet header */
#include "common.h"
SEC("xdp")
int xdp_ttl(struct xdp_md *ctx)
{
	void *data = (void *)(long)ctx->data;
	void *data_end = (void *)(long)ctx->data_end;
	struct ethhdr *eth = data;
	if ((void *)(eth + 1) > data_end)
		return XDP_PASS;
	if (eth->h_proto != bpf_htons(ETH_P_IP))
		return XDP_PASS;
	struct iphdr *iph = (void *)(eth + 1);
	if (iph->ttl <= 1)
		return XDP_PASS;
	iph->ttl--;
	iph->check += bpf_htons(0x0100);
	return XDP_TX;
}
char LICENSE[] SEC("license") = "GPL";
