/* UNSAFE: adds a bounded variable (0..3) to a pointer after the check, reads 4 bytes */
#include "common.h"
SEC("xdp")
int xdp_var_after(struct xdp_md *ctx)
{
	void *data = (void *)(long)ctx->data;
	void *data_end = (void *)(long)ctx->data_end;
	__u8 *p = data;
	if ((void *)(p + 18) > data_end)
		return XDP_PASS;
	__u32 idx = p[0] & 3;
	__u32 *w = (__u32 *)(p + 14 + idx);
	return *w ? XDP_PASS : XDP_DROP;
}
char LICENSE[] SEC("license") = "GPL";
