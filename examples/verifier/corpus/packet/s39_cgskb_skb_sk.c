/* SAFE: cgroup_skb egress reads socket fields through skb->sk after a NULL check */
#include "common.h"
struct { __uint(type, BPF_MAP_TYPE_PERCPU_ARRAY); __type(key, __u32); __type(value, __u64); __uint(max_entries, 16); } by_state SEC(".maps");
SEC("cgroup_skb/egress")
int cg_sk_state(struct __sk_buff *skb)
{
	struct bpf_sock *sk = skb->sk;
	if (!sk)
		return 1;
	__u32 st = sk->state & 0xf;
	__u64 *v = bpf_map_lookup_elem(&by_state, &st);
	if (v)
		*v += 1;
	if (sk->family == 10 && sk->dst_port == bpf_htons(25))
		return 0;
	return 1;
}
char LICENSE[] SEC("license") = "GPL";
