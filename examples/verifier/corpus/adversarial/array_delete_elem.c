// bpf_map_delete_elem on an ARRAY map (verifier accepts; fails with -EINVAL at run time)
#include "common.h"
struct { __uint(type, BPF_MAP_TYPE_ARRAY); __uint(max_entries, 4); __type(key, __u32); __type(value, __u64); } arr SEC(".maps");
SEC("socket") int prog(struct __sk_buff *skb)
{
	__u32 k = 1;
	return bpf_map_delete_elem(&arr, &k);
}
LICENSE
