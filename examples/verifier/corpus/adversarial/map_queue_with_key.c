// QUEUE maps must have key_size 0.
#include "common.h"
struct { __uint(type, BPF_MAP_TYPE_QUEUE); __uint(max_entries, 16); __uint(key_size, 4); __uint(value_size, 8); } q SEC(".maps");
SEC("socket") int prog(struct __sk_buff *skb)
{
	__u64 v = skb->len;
	bpf_map_push_elem(&q, &v, 0);
	return 0;
}
LICENSE
