// cgroup_skb may not read skb->tc_classid
#include "common.h"
SEC("cgroup_skb/ingress") int prog(struct __sk_buff *skb)
{
	return skb->tc_classid == 5;
}
LICENSE
