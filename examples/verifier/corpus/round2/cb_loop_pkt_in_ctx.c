#include "common.h"

static int cb(__u32 i, void *c){ struct xdp_md *x = *(struct xdp_md**)c; return 0; }
SEC("xdp") int p(struct xdp_md *ctx){
  void *data = (void*)(long)ctx->data, *end = (void*)(long)ctx->data_end;
  struct ethhdr *eth = data; if ((void*)(eth+1) > end) return XDP_DROP;
  struct ethhdr *slot = eth;
  bpf_loop(1, cb, &slot, 0);
  return slot->h_proto ? XDP_PASS : XDP_DROP; }
