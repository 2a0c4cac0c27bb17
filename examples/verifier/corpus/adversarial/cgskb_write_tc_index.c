// cgroup_skb may not write skb->tc_index
#include "common.h"
SEC("cgroup_skb/egress") int prog(struct __sk_buff *skb)
{
	skb->tc_index = 1;
	return 1;
}
LICENSE
