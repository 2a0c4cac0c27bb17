#include "common.h"

static __attribute__((noinline)) int shrink(struct xdp_md *ctx){ return bpf_xdp_adjust_head(ctx, 4); }
SEC("xdp") int p(struct xdp_md *ctx){
  void *data = (void*)(long)ctx->data, *end = (void*)(long)ctx->data_end;
  struct ethhdr *eth = data;
  if ((void*)(eth + 1) > end) return XDP_DROP;
  shrink(ctx);
  return eth->h_proto == 8 ? XDP_PASS : XDP_DROP; }
