/* SAFE: tc ingress redirect to another ifindex from config map */
#include "common.h"
struct { __uint(type, BPF_MAP_TYPE_ARRAY); __type(key, __u32); __type(value, __u32); __uint(max_entries, 1); } cfg SEC(".maps");
SEC("tc")
int tc_redir(struct __sk_buff *skb)
{
	__u32 k = 0;
	__u32 *ifindex = bpf_map_lookup_elem(&cfg, &k);
	if (!ifindex || *ifindex == 0)
		return TC_ACT_OK;
	if (skb->ingress_ifindex == *ifindex)
		return TC_ACT_OK;
	return bpf_redirect(*ifindex, 0);
}
char LICENSE[] SEC("license") = "GPL";
