/* UNSAFE: bpf_l4_csum_replace is not available to cgroup_skb programs */
#include "common.h"
SEC("cgroup_skb/egress")
int cg_csum(struct __sk_buff *skb)
{
	bpf_l4_csum_replace(skb, 50, 0, 1, 2);
	return 1;
}
char LICENSE[] SEC("license") = "GPL";
