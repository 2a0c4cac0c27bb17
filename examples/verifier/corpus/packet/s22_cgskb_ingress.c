/* SAFE: cgroup_skb ingress: direct packet read of IP header, count bytes per proto */
#include "common.h"
struct { __uint(type, BPF_MAP_TYPE_PERCPU_ARRAY); __type(key, __u32); __type(value, __u64); __uint(max_entries, 256); } bytes SEC(".maps");
SEC("cgroup_skb/ingress")
int cg_ingress(struct __sk_buff *skb)
{
	void *data = (void *)(long)skb->data;
	void *data_end = (void *)(long)skb->data_end;
	struct iphdr *iph = data;
	if ((void *)(iph + 1) > data_end)
		return 1;
	if (iph->version != 4)
		return 1;
	__u32 key = iph->protocol;
	__u64 *v = bpf_map_lookup_elem(&bytes, &key);
	if (v)
		*v += skb->len;
	skb->mark = 7;
	return 1;
}
char LICENSE[] SEC("license") = "GPL";
