// return mark & 3 from ingress: range [0,3] -> reject.
#include "common.h"
SEC("cgroup_skb/ingress") int prog(struct __sk_buff *skb)
{
	return skb->mark & 3;
}
LICENSE
