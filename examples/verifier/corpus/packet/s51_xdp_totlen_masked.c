/* SAFE: same trailer lookup with the offset capped at 1500 first, so umax+off stays under 64K */
#include "common.h"
SEC("xdp")
int xdp_trailer_ok(struct xdp_md *ctx)
{
	void *data = (void *)(long)ctx->data;
	void *data_end = (void *)(long)ctx->data_end;
	struct iphdr *iph = data + sizeof(struct ethhdr);
	if ((void *)(iph + 1) > data_end)
		return XDP_PASS;
	__u16 tot = bpf_ntohs(iph->tot_len);
	if (tot > 1500)
		return XDP_PASS;
	__u32 *trailer = data + tot;
	if ((void *)(trailer + 1) > data_end)
		return XDP_PASS;
	return *trailer == 0xdeadbeef ? XDP_DROP : XDP_PASS;
}
char LICENSE[] SEC("license") = "GPL";
