/* UNSAFE: TCP options walk with no iteration bound (while loop on packet pointer; kernel loses the range) */
#include "common.h"
SEC("xdp")
int xdp_opts_unbounded(struct xdp_md *ctx)
{
	void *data = (void *)(long)ctx->data;
	void *data_end = (void *)(long)ctx->data_end;
	struct ethhdr *eth = data;
	struct iphdr *iph = (void *)(eth + 1);
	struct tcphdr *tcp = (void *)(iph + 1);
	if ((void *)(tcp + 1) > data_end)
		return XDP_PASS;
	__u8 *p = (__u8 *)(tcp + 1);
	int found = 0;
	while ((void *)(p + 2) <= data_end) {
		if (p[0] == 0)
			break;
		if (p[0] == 1) {
			p++;
			continue;
		}
		if (p[0] == 8)
			found = 1;
		if (p[1] < 2)
			break;
		p += p[1];
	}
	return found ? XDP_DROP : XDP_PASS;
}
char LICENSE[] SEC("license") = "GPL";
