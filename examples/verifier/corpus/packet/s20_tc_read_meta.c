/* SAFE: tc reads the XDP metadata written by xdp (data_meta) */
#include "common.h"
struct meta_info { __u32 mark; };
SEC("tc")
int tc_meta_mark(struct __sk_buff *ctx)
{
	void *data = (void *)(unsigned long)ctx->data;
	struct meta_info *meta = (void *)(unsigned long)ctx->data_meta;
	if ((void *)(meta + 1) > data)
		return TC_ACT_OK;
	ctx->mark = meta->mark;
	return TC_ACT_OK;
}
char LICENSE[] SEC("license") = "GPL";
