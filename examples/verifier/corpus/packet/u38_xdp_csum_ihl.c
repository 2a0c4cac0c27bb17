/* UNSAFE: bpf_csum_diff over ihl*4 bytes of IP header when only 20 were bounds-checked */
#include "common.h"
SEC("xdp")
int xdp_csum_opts(struct xdp_md *ctx)
{
	void *data = (void *)(long)ctx->data;
	void *data_end = (void *)(long)ctx->data_end;
	struct iphdr *iph = data + sizeof(struct ethhdr);
	if ((void *)(iph + 1) > data_end)
		return XDP_PASS;
	__u32 hlen = (iph->ihl & 0xf) * 4;
	if (hlen < 20)
		return XDP_DROP;
	__s64 sum = bpf_csum_diff(0, 0, (__be32 *)iph, hlen, 0);
	return sum == 0xffff ? XDP_PASS : XDP_DROP;
}
char LICENSE[] SEC("license") = "GPL";
