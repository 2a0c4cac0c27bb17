#include "common.h"

SEC("tc") int p(struct __sk_buff *skb){
  void *data = (void*)(long)skb->data, *end = (void*)(long)skb->data_end;
  struct iphdr *ip = data + 14;
  if ((void*)(ip + 1) > end) return TC_ACT_OK;
  bpf_l4_csum_replace(skb, 14 + 20 + 16, 0, 1, 2);
  ip->tos = 0;
  return TC_ACT_OK; }
