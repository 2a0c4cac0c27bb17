/* SAFE: store a mark in XDP metadata for TC (samples/bpf xdp2skb_meta) */
#include "common.h"
struct meta_info { __u32 mark; };
SEC("xdp")
int xdp_meta(struct xdp_md *ctx)
{
	struct meta_info *meta;
	void *data;
	int ret = bpf_xdp_adjust_meta(ctx, -(int)sizeof(*meta));
	if (ret < 0)
		return XDP_ABORTED;
	data = (void *)(unsigned long)ctx->data;
	meta = (void *)(unsigned long)ctx->data_meta;
	if ((void *)(meta + 1) > data)
		return XDP_ABORTED;
	meta->mark = 42;
	return XDP_PASS;
}
char LICENSE[] SEC("license") = "GPL";
