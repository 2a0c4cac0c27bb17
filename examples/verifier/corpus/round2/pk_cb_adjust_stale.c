#include "common.h"

struct cc { struct xdp_md *x; };
static int cb(__u32 i, void *c){ struct cc *p = c; bpf_xdp_adjust_head(p->x, 0); return 1; }
SEC("xdp") int p(struct xdp_md *ctx){
  void *data = (void*)(long)ctx->data, *end = (void*)(long)ctx->data_end;
  struct ethhdr *eth = data; if ((void*)(eth+1) > end) return XDP_DROP;
  struct cc c = { ctx };
  bpf_loop(1, cb, &c, 0);
  return eth->h_proto ? XDP_PASS : XDP_DROP; }
