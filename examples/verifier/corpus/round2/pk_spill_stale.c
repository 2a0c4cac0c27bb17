#include "common.h"

SEC("xdp") int p(struct xdp_md *ctx){
  void *data = (void*)(long)ctx->data, *end = (void*)(long)ctx->data_end;
  struct ethhdr *eth = data;
  if ((void*)(eth + 1) > end) return XDP_DROP;
  struct ethhdr *volatile slot = eth;
  bpf_xdp_adjust_meta(ctx, -4);
  return slot->h_proto == 8 ? XDP_PASS : XDP_DROP; }
