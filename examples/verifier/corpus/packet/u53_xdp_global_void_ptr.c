/* UNSAFE: global function taking untyped packet pointers (void *) - kernel can't size the args */
#include "common.h"
__attribute__((noinline)) int parse_proto(void *data, void *data_end)
{
	struct iphdr *iph = data + sizeof(struct ethhdr);
	if ((void *)(iph + 1) > data_end)
		return -1;
	return iph->protocol;
}
SEC("xdp")
int xdp_global_void(struct xdp_md *ctx)
{
	void *data = (void *)(long)ctx->data;
	void *data_end = (void *)(long)ctx->data_end;
	return parse_proto(data, data_end) == IPPROTO_GRE ? XDP_DROP : XDP_PASS;
}
char LICENSE[] SEC("license") = "GPL";
