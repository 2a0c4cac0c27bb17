/* SAFE: parse eth/ipv4 with variable ihl, drop UDP dst port 9999 */
#include "common.h"
SEC("xdp")
int xdp_udp_drop(struct xdp_md *ctx)
{
	void *data = (void *)(long)ctx->data;
	void *data_end = (void *)(long)ctx->data_end;
	struct ethhdr *eth = data;
	if ((void *)(eth + 1) > data_end)
		return XDP_PASS;
	if (eth->h_proto != bpf_htons(ETH_P_IP))
		return XDP_PASS;
	struct iphdr *iph = (void *)(eth + 1);
	if ((void *)(iph + 1) > data_end)
		return XDP_PASS;
	int hdrsize = iph->ihl * 4;
	if (hdrsize < sizeof(*iph))
		return XDP_PASS;
	if ((void *)iph + hdrsize > data_end)
		return XDP_PASS;
	if (iph->protocol != IPPROTO_UDP)
		return XDP_PASS;
	struct udphdr *udph = (void *)iph + hdrsize;
	if ((void *)(udph + 1) > data_end)
		return XDP_PASS;
	if (udph->dest == bpf_htons(9999))
		return XDP_DROP;
	return XDP_PASS;
}
char LICENSE[] SEC("license") = "GPL";
