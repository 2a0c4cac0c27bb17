#include "common.h"

SEC("xdp") int p(struct xdp_md *ctx){
  if (bpf_xdp_adjust_head(ctx, 14)) return XDP_DROP;
  void *data = (void*)(long)ctx->data, *end = (void*)(long)ctx->data_end;
  struct iphdr *ip = data;
  if ((void*)(ip + 1) > end) return XDP_DROP;
  return ip->protocol == 6 ? XDP_PASS : XDP_DROP; }
