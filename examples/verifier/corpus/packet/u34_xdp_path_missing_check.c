/* UNSAFE: UDP header bounds-checked only on the IPv4 path, read on the merged path */
#include "common.h"
SEC("xdp")
int xdp_merge(struct xdp_md *ctx)
{
	void *data = (void *)(long)ctx->data;
	void *data_end = (void *)(long)ctx->data_end;
	struct ethhdr *eth = data;
	if ((void *)(eth + 1) > data_end)
		return XDP_PASS;
	void *l4 = (void *)(eth + 1);
	if (eth->h_proto == bpf_htons(ETH_P_IP)) {
		l4 += sizeof(struct iphdr);
		if (l4 + sizeof(struct udphdr) > data_end)
			return XDP_PASS;
	} else if (eth->h_proto == bpf_htons(ETH_P_IPV6)) {
		l4 += sizeof(struct ipv6hdr);
	} else {
		return XDP_PASS;
	}
	struct udphdr *uh = l4;
	return uh->dest == bpf_htons(123) ? XDP_DROP : XDP_PASS;
}
char LICENSE[] SEC("license") = "GPL";
