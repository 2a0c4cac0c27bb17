#include "common.h"

__attribute__((noinline)) int hash(struct xdp_md *ctx){ if (!ctx) return 0; return ctx->ingress_ifindex * 3; }
SEC("xdp") int p(struct xdp_md *ctx){
  void *data = (void*)(long)ctx->data, *end = (void*)(long)ctx->data_end;
  struct ethhdr *eth = data; if ((void*)(eth+1) > end) return XDP_DROP;
  int h = hash(ctx);
  return eth->h_proto == h ? XDP_PASS : XDP_DROP; }
