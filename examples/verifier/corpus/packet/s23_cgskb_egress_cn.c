/* SAFE: cgroup_skb egress returning 0..3 (bit 1 = congestion notification) */
#include "common.h"
struct { __uint(type, BPF_MAP_TYPE_ARRAY); __type(key, __u32); __type(value, __u64); __uint(max_entries, 1); } budget SEC(".maps");
SEC("cgroup_skb/egress")
int cg_egress_edt(struct __sk_buff *skb)
{
	__u32 k = 0;
	__u64 *b = bpf_map_lookup_elem(&budget, &k);
	if (!b)
		return 1;
	if (*b < skb->len)
		return 2; /* drop + congestion notification */
	*b -= skb->len;
	if (*b < 10000)
		return 3; /* allow + congestion notification */
	return 1;
}
char LICENSE[] SEC("license") = "GPL";
