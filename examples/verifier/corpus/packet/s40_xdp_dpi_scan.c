/* SAFE: byte-wise payload scan for a 4-byte signature over the first 256 bytes after UDP */
#include "common.h"
#define SCAN_MAX 256
SEC("xdp")
int xdp_dpi(struct xdp_md *ctx)
{
	void *data = (void *)(long)ctx->data;
	void *data_end = (void *)(long)ctx->data_end;
	struct ethhdr *eth = data;
	struct iphdr *iph = (void *)(eth + 1);
	struct udphdr *uh = (void *)(iph + 1);
	if ((void *)(uh + 1) > data_end)
		return XDP_PASS;
	if (iph->protocol != IPPROTO_UDP || iph->ihl != 5)
		return XDP_PASS;
	__u8 *pl = (__u8 *)(uh + 1);
	for (int i = 0; i < SCAN_MAX; i++) {
		__u8 *p = pl + i;
		if ((void *)(p + 4) > data_end)
			break;
		if (p[0] == 'E' && p[1] == 'V' && p[2] == 'I' && p[3] == 'L')
			return XDP_DROP;
	}
	return XDP_PASS;
}
char LICENSE[] SEC("license") = "GPL";
