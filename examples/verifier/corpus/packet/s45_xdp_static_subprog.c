/* SAFE: packet pointers passed to a static (bpf-to-bpf) subprogram */
#include "common.h"
static __attribute__((noinline)) int parse_ipv4(void *data, void *data_end)
{
	struct iphdr *iph = data + sizeof(struct ethhdr);
	if ((void *)(iph + 1) > data_end)
		return -1;
	return iph->protocol;
}
SEC("xdp")
int xdp_subprog(struct xdp_md *ctx)
{
	void *data = (void *)(long)ctx->data;
	void *data_end = (void *)(long)ctx->data_end;
	int proto = parse_ipv4(data, data_end);
	if (proto == IPPROTO_GRE)
		return XDP_DROP;
	return XDP_PASS;
}
char LICENSE[] SEC("license") = "GPL";
