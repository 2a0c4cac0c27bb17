/* SAFE: recompute IPv4 header checksum after TTL decrement using bpf_csum_diff over packet memory */
#include "common.h"
static __always_inline __u16 csum_fold_helper(__u64 csum)
{
	for (int i = 0; i < 4; i++) {
		if (csum >> 16)
			csum = (csum & 0xffff) + (csum >> 16);
	}
	return ~csum;
}
SEC("xdp")
int xdp_fwd_ttl(struct xdp_md *ctx)
{
	void *data = (void *)(long)ctx->data;
	void *data_end = (void *)(long)ctx->data_end;
	struct ethhdr *eth = data;
	struct iphdr *iph = (void *)(eth + 1);
	if ((void *)(iph + 1) > data_end)
		return XDP_PASS;
	if (eth->h_proto != bpf_htons(ETH_P_IP) || iph->ttl <= 1)
		return XDP_PASS;
	iph->ttl--;
	iph->check = 0;
	__s64 sum = bpf_csum_diff(0, 0, (__be32 *)iph, sizeof(*iph), 0);
	if (sum < 0)
		return XDP_ABORTED;
	iph->check = csum_fold_helper(sum);
	return XDP_TX;
}
char LICENSE[] SEC("license") = "GPL";
