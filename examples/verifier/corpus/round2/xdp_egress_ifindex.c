#include "common.h"
SEC("xdp") int p(struct xdp_md *ctx){ return ctx->egress_ifindex ? XDP_PASS : XDP_DROP; }
