#include "common.h"

__attribute__((noinline)) int f(struct xdp_md *ctx, struct ethhdr *e){ if (!ctx || !e) return 0; bpf_xdp_adjust_head(ctx, 0); return e->h_proto; }
SEC("xdp") int p(struct xdp_md *ctx){
  void *data = (void*)(long)ctx->data, *end = (void*)(long)ctx->data_end;
  struct ethhdr *eth = data; if ((void*)(eth+1) > end) return XDP_DROP;
  return f(ctx, eth) ? XDP_PASS : XDP_DROP; }
