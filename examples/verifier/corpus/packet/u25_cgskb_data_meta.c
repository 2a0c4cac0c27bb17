/* UNSAFE: cgroup_skb reads data_meta (only tc/xdp have it) */
#include "common.h"
SEC("cgroup_skb/ingress")
int cg_meta(struct __sk_buff *skb)
{
	void *data = (void *)(long)skb->data;
	__u32 *meta = (void *)(long)skb->data_meta;
	if ((void *)(meta + 1) > data)
		return 1;
	return *meta == 7 ? 0 : 1;
}
char LICENSE[] SEC("license") = "GPL";
