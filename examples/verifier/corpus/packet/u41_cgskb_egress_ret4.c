/* UNSAFE: cgroup_skb egress return value 4 outside [0,3] */
#include "common.h"
SEC("cgroup_skb/egress")
int cg_eg4(struct __sk_buff *skb)
{
	return skb->len > 9000 ? 4 : 1;
}
char LICENSE[] SEC("license") = "GPL";
