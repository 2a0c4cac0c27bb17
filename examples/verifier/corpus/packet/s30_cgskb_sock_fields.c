/* SAFE: cgroup_skb egress: block remote port 25 using skb->remote_port / family / remote_ip4 */
#include "common.h"
#define AF_INET 2
struct { __uint(type, BPF_MAP_TYPE_HASH); __type(key, __u32); __type(value, __u8); __uint(max_entries, 128); } banned_ip SEC(".maps");
SEC("cgroup_skb/egress")
int cg_block_smtp(struct __sk_buff *skb)
{
	if (skb->family != AF_INET)
		return 1;
	__u32 rip = skb->remote_ip4;
	if (bpf_map_lookup_elem(&banned_ip, &rip))
		return 0;
	__u16 rport = bpf_ntohs(skb->remote_port >> 16);
	if (rport == 25 || skb->local_port == 25)
		return 0;
	return 1;
}
char LICENSE[] SEC("license") = "GPL";
