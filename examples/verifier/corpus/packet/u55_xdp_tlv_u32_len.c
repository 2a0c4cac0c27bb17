/* UNSAFE: TLV walk adds a 32-bit length from the packet (umax > 64K): later bounds check gives no range */
#include "common.h"
SEC("xdp")
int xdp_tlv(struct xdp_md *ctx)
{
	void *data = (void *)(long)ctx->data;
	void *data_end = (void *)(long)ctx->data_end;
	__u8 *p = data + 42;
	if ((void *)(p + 4) > data_end)
		return XDP_PASS;
	__u32 len = bpf_ntohl(*(__u32 *)p);
	p += 4 + len;
	if ((void *)(p + 1) > data_end)
		return XDP_PASS;
	return *p == 0x7f ? XDP_DROP : XDP_PASS;
}
char LICENSE[] SEC("license") = "GPL";
