// cgroup_skb reads the L4 header at a variable offset without re-checking data_end.
#include "common.h"
SEC("cgroup_skb/ingress") int prog(struct __sk_buff *skb)
{
	void *data = (void *)(long)skb->data;
	void *end = (void *)(long)skb->data_end;
	if (data + 80 > end)
		return 1;
	struct iphdr *ip = data;
	unsigned char *l4 = data + (ip->ihl & 0xf) * 4;
	return l4[0] != 0xff;
}
LICENSE
