// forgotten max_entries: map creation fails
#include "common.h"
struct { __uint(type, BPF_MAP_TYPE_HASH); __type(key, __u32); __type(value, __u64); } h SEC(".maps");
SEC("socket") int prog(struct __sk_buff *skb)
{
	__u32 k = skb->len;
	__u64 *v = bpf_map_lookup_elem(&h, &k);
	return v ? *v : 0;
}
LICENSE
