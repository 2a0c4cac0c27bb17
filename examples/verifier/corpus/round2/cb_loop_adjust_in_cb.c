#include "common.h"

struct c2 { struct xdp_md *x; };
static int cb(__u32 i, void *c){ return 0; }
SEC("xdp") int p(struct xdp_md *ctx){
  void *data = (void*)(long)ctx->data, *end = (void*)(long)ctx->data_end;
  struct ethhdr *eth = data; if ((void*)(eth+1) > end) return XDP_DROP;
  bpf_loop(1, cb, 0, 0);
  return eth->h_proto ? XDP_PASS : XDP_DROP; }
