// ARRAY maps reject BPF_F_NO_PREALLOC at creation.
#include "common.h"
struct { __uint(type, BPF_MAP_TYPE_ARRAY); __uint(max_entries, 4); __uint(map_flags, BPF_F_NO_PREALLOC); __type(key, __u32); __type(value, __u64); } arr SEC(".maps");
SEC("socket") int prog(struct __sk_buff *skb)
{
	__u32 k = 1;
	__u64 *v = bpf_map_lookup_elem(&arr, &k);
	return v ? *v : 0;
}
LICENSE
