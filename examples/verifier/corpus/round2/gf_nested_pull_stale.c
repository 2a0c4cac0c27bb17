#include "common.h"

static __attribute__((noinline)) int inner(struct __sk_buff *skb){ return bpf_skb_pull_data(skb, 40); }
__attribute__((noinline)) int outer(struct __sk_buff *skb){ return inner(skb) + 1; }
SEC("tc") int p(struct __sk_buff *skb){
  void *data = (void*)(long)skb->data, *end = (void*)(long)skb->data_end;
  struct ethhdr *eth = data;
  if ((void*)(eth + 1) > end) return 0;
  outer(skb);
  return eth->h_proto == 8 ? 0 : 2; }
