// bpf_get_socket_cookie from XDP
#include "common.h"
SEC("xdp") int prog(struct xdp_md *ctx)
{
	return bpf_get_socket_cookie(ctx) ? XDP_PASS : XDP_DROP;
}
LICENSE
