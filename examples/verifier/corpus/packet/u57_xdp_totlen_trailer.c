/* UNSAFE (kernel): pointer = data + u16 from packet (tot_len, up to 65535) then +4 check: umax+off > MAX_PACKET_OFF gives no range */
#include "common.h"
SEC("xdp")
int xdp_trailer(struct xdp_md *ctx)
{
	void *data = (void *)(long)ctx->data;
	void *data_end = (void *)(long)ctx->data_end;
	struct iphdr *iph = data + sizeof(struct ethhdr);
	if ((void *)(iph + 1) > data_end)
		return XDP_PASS;
	__u16 tot = bpf_ntohs(iph->tot_len);
	__u32 *trailer = data + tot; /* e.g. a 4-byte trailer right after the IP datagram (+14 -4) */
	if ((void *)(trailer + 1) > data_end)
		return XDP_PASS;
	return *trailer == 0xdeadbeef ? XDP_DROP : XDP_PASS;
}
char LICENSE[] SEC("license") = "GPL";
