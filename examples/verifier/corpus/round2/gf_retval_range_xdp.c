#include "common.h"

__attribute__((noinline)) int decide(struct xdp_md *ctx){ if (!ctx) return 0; return ctx->rx_queue_index; }
SEC("xdp") int p(struct xdp_md *ctx){ return decide(ctx); }
