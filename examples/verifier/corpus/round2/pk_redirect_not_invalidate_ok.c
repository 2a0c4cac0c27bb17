#include "common.h"

SEC("tc") int p(struct __sk_buff *skb){
  void *data = (void*)(long)skb->data, *end = (void*)(long)skb->data_end;
  struct ethhdr *eth = data;
  if ((void*)(eth + 1) > end) return TC_ACT_OK;
  __u32 h = bpf_get_hash_recalc(skb);
  return eth->h_proto == h ? TC_ACT_OK : TC_ACT_SHOT; }
