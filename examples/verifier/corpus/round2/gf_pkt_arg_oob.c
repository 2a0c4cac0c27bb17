#include "common.h"

__attribute__((noinline)) int rd(struct ethhdr *e){ if (!e) return 0; return e->h_proto; }
SEC("xdp") int p(struct xdp_md *ctx){
  void *data = (void*)(long)ctx->data, *end = (void*)(long)ctx->data_end;
  if (data + 10 > end) return XDP_DROP;
  return rd(data) ? XDP_PASS : XDP_DROP; }
