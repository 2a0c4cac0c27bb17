/* UNSAFE: payload scan checks p+1 but compares 4 bytes */
#include "common.h"
SEC("xdp")
int xdp_dpi_bad(struct xdp_md *ctx)
{
	void *data = (void *)(long)ctx->data;
	void *data_end = (void *)(long)ctx->data_end;
	__u8 *pl = data + 42;
	for (int i = 0; i < 64; i++) {
		__u8 *p = pl + i;
		if ((void *)(p + 1) > data_end)
			break;
		if (p[0] == 'G' && p[1] == 'E' && p[2] == 'T' && p[3] == ' ')
			return XDP_DROP;
	}
	return XDP_PASS;
}
char LICENSE[] SEC("license") = "GPL";
