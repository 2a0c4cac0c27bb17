/* safe: bounded for loop over IPv4 options area checksum (constant bound, packet checks inside) */
#include "common.h"
SEC("xdp") int csum(struct xdp_md *ctx)
{
	void *data = (void *)(long)ctx->data, *end = (void *)(long)ctx->data_end;
	struct iphdr *ip = xdp_ip(ctx);
	if (!ip) return XDP_PASS;
	__u16 *w = (__u16 *)ip;
	__u32 sum = 0;
	for (int i = 0; i < 10; i++) {
		if ((void *)(w + i + 1) > end) return XDP_DROP;
		sum += w[i];
	}
	sum = (sum & 0xffff) + (sum >> 16);
	sum = (sum & 0xffff) + (sum >> 16);
	return (__u16)~sum == 0 ? XDP_PASS : XDP_DROP;
}
