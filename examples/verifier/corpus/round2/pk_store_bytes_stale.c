#include "common.h"

SEC("tc") int p(struct __sk_buff *skb){
  void *data = (void*)(long)skb->data, *end = (void*)(long)skb->data_end;
  struct ethhdr *eth = data;
  if ((void*)(eth + 1) > end) return TC_ACT_OK;
  __u16 x = 0;
  bpf_skb_store_bytes(skb, 12, &x, 2, 0);
  return eth->h_proto ? TC_ACT_OK : TC_ACT_SHOT; }
