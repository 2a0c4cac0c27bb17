// cgroup_skb egress may return 0..3 (kernel accepts 3)
#include "common.h"
SEC("cgroup_skb/egress") int prog(struct __sk_buff *skb)
{
	return skb->len > 1000 ? 3 : 1;
}
LICENSE
