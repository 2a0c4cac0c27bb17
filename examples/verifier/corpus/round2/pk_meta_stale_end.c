#include "common.h"

SEC("xdp") int p(struct xdp_md *ctx){
  if (bpf_xdp_adjust_meta(ctx, -8)) return XDP_PASS;
  void *data = (void*)(long)ctx->data, *meta = (void*)(long)ctx->data_meta;
  __u32 *m = meta;
  if ((void*)(m + 2) > data) return XDP_PASS;
  m[1] = 5;
  return XDP_PASS; }
