/* UNSAFE: cgroup_skb writes skb->tc_index (tc-only writable field) */
#include "common.h"
SEC("cgroup_skb/egress")
int cg_tcindex(struct __sk_buff *skb)
{
	skb->mark = 3;
	skb->tc_index = 3;
	return 1;
}
char LICENSE[] SEC("license") = "GPL";
