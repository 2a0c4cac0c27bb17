/* UNSAFE: atomic add directly on packet memory */
#include "common.h"
SEC("xdp")
int xdp_atomic_pkt(struct xdp_md *ctx)
{
	void *data = (void *)(long)ctx->data;
	void *data_end = (void *)(long)ctx->data_end;
	__u32 *seq = data + 38; /* TCP seq */
	if ((void *)(seq + 1) > data_end)
		return XDP_PASS;
	__sync_fetch_and_add(seq, 1);
	return XDP_TX;
}
char LICENSE[] SEC("license") = "GPL";
