#include "common.h"

SEC("tc") int p(struct __sk_buff *skb){
  void *data = (void*)(long)skb->data, *end = (void*)(long)skb->data_end;
  struct ethhdr *eth = data;
  if ((void*)(eth + 1) > end) return TC_ACT_OK;
  bpf_skb_vlan_push(skb, bpf_htons(0x8100), 5);
  return eth->h_proto ? TC_ACT_OK : TC_ACT_SHOT; }
