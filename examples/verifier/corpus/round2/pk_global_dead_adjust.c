#include "common.h"

__attribute__((noinline)) int maybe(struct xdp_md *ctx, int go){ if (!ctx) return 0; if (go == 12345) return bpf_xdp_adjust_head(ctx, 0); return 0; }
SEC("xdp") int p(struct xdp_md *ctx){
  void *data = (void*)(long)ctx->data, *end = (void*)(long)ctx->data_end;
  struct ethhdr *eth = data; if ((void*)(eth+1) > end) return XDP_DROP;
  maybe(ctx, 1);
  return eth->h_proto ? XDP_PASS : XDP_DROP; }
