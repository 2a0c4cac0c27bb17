/* UNSAFE (kernel): length computed as a scalar (data_end - data) does not prove packet bounds */
#include "common.h"
SEC("xdp")
int xdp_len_check(struct xdp_md *ctx)
{
	void *data = (void *)(long)ctx->data;
	void *data_end = (void *)(long)ctx->data_end;
	__u64 len = data_end - data;
	if (len < sizeof(struct ethhdr) + sizeof(struct iphdr))
		return XDP_PASS;
	struct iphdr *iph = data + sizeof(struct ethhdr);
	return iph->protocol == IPPROTO_UDP ? XDP_DROP : XDP_PASS;
}
char LICENSE[] SEC("license") = "GPL";
