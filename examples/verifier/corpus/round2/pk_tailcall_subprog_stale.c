#include "common.h"

struct { __uint(type, BPF_MAP_TYPE_PROG_ARRAY); __uint(max_entries, 2); __type(key, __u32); __type(value, __u32); } jt SEC(".maps");
static __attribute__((noinline)) int jump(struct __sk_buff *skb){ bpf_tail_call(skb, &jt, 0); return 0; }
SEC("tc") int p(struct __sk_buff *skb){
  void *data = (void*)(long)skb->data, *end = (void*)(long)skb->data_end;
  struct ethhdr *eth = data; if ((void*)(eth+1) > end) return 0;
  jump(skb);
  return eth->h_proto == 8 ? 0 : 2; }
