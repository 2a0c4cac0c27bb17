// cgroup_skb ingress must return 0 or 1.
#include "common.h"
SEC("cgroup_skb/ingress") int prog(struct __sk_buff *skb)
{
	return skb->len > 1000 ? 2 : 1;
}
LICENSE
