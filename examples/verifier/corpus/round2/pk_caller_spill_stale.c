#include "common.h"

static __attribute__((noinline)) int f(struct xdp_md *ctx, struct ethhdr **pe){
  bpf_xdp_adjust_tail(ctx, -1);
  return 0; }
SEC("xdp") int p(struct xdp_md *ctx){
  void *data = (void*)(long)ctx->data, *end = (void*)(long)ctx->data_end;
  struct ethhdr *eth = data;
  if ((void*)(eth + 1) > end) return XDP_DROP;
  struct ethhdr *volatile slot = eth;
  f(ctx, (struct ethhdr **)&slot);
  return slot->h_proto == 8 ? XDP_PASS : XDP_DROP; }
