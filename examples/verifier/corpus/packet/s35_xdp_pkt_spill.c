/* SAFE: packet pointers survive spill/fill through the stack (volatile forces the spill) */
#include "common.h"
SEC("xdp")
int xdp_spill(struct xdp_md *ctx)
{
	void *volatile saved_end = (void *)(long)ctx->data_end;
	void *volatile saved_ip;
	void *data = (void *)(long)ctx->data;
	saved_ip = data + sizeof(struct ethhdr);
	struct iphdr *iph = saved_ip;
	void *end = saved_end;
	if ((void *)(iph + 1) > end)
		return XDP_PASS;
	struct iphdr *again = saved_ip;
	return again->protocol == IPPROTO_ICMP ? XDP_DROP : XDP_PASS;
}
char LICENSE[] SEC("license") = "GPL";
