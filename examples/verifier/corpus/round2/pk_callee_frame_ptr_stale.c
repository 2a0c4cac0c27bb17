#include "common.h"

static __attribute__((noinline)) int f(struct xdp_md *ctx, struct ethhdr *eth){
  bpf_xdp_adjust_head(ctx, 0);
  return eth->h_proto; }
SEC("xdp") int p(struct xdp_md *ctx){
  void *data = (void*)(long)ctx->data, *end = (void*)(long)ctx->data_end;
  struct ethhdr *eth = data;
  if ((void*)(eth + 1) > end) return XDP_DROP;
  return f(ctx, eth) == 8 ? XDP_PASS : XDP_DROP; }
