/* UNSAFE: off-by-one: checks one byte short of the IPv4 header, then reads daddr */
#include "common.h"
SEC("xdp")
int xdp_obo(struct xdp_md *ctx)
{
	void *data = (void *)(long)ctx->data;
	void *data_end = (void *)(long)ctx->data_end;
	struct ethhdr *eth = data;
	struct iphdr *iph = data + sizeof(*eth);
	if (data + sizeof(*eth) + sizeof(*iph) - 1 > data_end)
		return XDP_PASS;
	if (eth->h_proto != bpf_htons(ETH_P_IP))
		return XDP_PASS;
	if (iph->daddr == 0xffffffff)
		return XDP_DROP;
	return XDP_PASS;
}
char LICENSE[] SEC("license") = "GPL";
