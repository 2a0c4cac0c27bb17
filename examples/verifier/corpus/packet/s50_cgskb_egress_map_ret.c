/* SAFE: cgroup_skb egress verdict (0..3) taken from a per-cgroup policy map, masked */
#include "common.h"
struct { __uint(type, BPF_MAP_TYPE_ARRAY); __type(key, __u32); __type(value, __u32); __uint(max_entries, 1); } policy SEC(".maps");
SEC("cgroup_skb/egress")
int cg_policy(struct __sk_buff *skb)
{
	__u32 k = 0;
	__u32 *p = bpf_map_lookup_elem(&policy, &k);
	if (!p)
		return 1;
	return *p & 3;
}
char LICENSE[] SEC("license") = "GPL";
