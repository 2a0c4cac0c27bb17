// ARRAY maps need a 4-byte key: map creation fails with an 8-byte key.
#include "common.h"
struct { __uint(type, BPF_MAP_TYPE_ARRAY); __uint(max_entries, 4); __type(key, __u64); __type(value, __u64); } arr SEC(".maps");
SEC("socket") int prog(struct __sk_buff *skb)
{
	__u64 k = 1;
	__u64 *v = bpf_map_lookup_elem(&arr, &k);
	return v ? *v : 0;
}
LICENSE
