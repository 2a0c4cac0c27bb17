// bpf_csum_diff is not available to cgroup_skb
#include "common.h"
SEC("cgroup_skb/ingress") int prog(struct __sk_buff *skb)
{
	__u32 a[2] = {skb->len, skb->mark};
	return bpf_csum_diff(0, 0, a, sizeof(a), 0) == 0;
}
LICENSE
