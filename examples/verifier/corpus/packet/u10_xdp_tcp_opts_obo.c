/* UNSAFE: TCP option loop checks p+1 but reads the length byte p[1] */
#include "common.h"
SEC("xdp")
int xdp_opts_obo(struct xdp_md *ctx)
{
	void *data = (void *)(long)ctx->data;
	void *data_end = (void *)(long)ctx->data_end;
	struct ethhdr *eth = data;
	struct iphdr *iph = (void *)(eth + 1);
	struct tcphdr *tcp = (void *)(iph + 1);
	if ((void *)(tcp + 1) > data_end)
		return XDP_PASS;
	if (iph->protocol != IPPROTO_TCP)
		return XDP_PASS;
	__u8 *p = (__u8 *)(tcp + 1);
	int ws = 0;
	for (int i = 0; i < 8; i++) {
		if ((void *)(p + 1) > data_end)
			break;
		if (p[0] == 0)
			break;
		if (p[0] == 1) {
			p++;
			continue;
		}
		__u8 len = p[1];
		if (p[0] == 3)
			ws = 1;
		if (len < 2 || len > 40)
			break;
		p += len;
	}
	return ws ? XDP_DROP : XDP_PASS;
}
char LICENSE[] SEC("license") = "GPL";
