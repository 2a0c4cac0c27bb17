// Safe twin: bpf_csum_diff takes nullable pointers with size 0.
#include "common.h"
SEC("tc") int prog(struct __sk_buff *skb)
{
	__s64 c = bpf_csum_diff((void *)0, 0, (void *)0, 0, skb->hash);
	return c == 0 ? TC_ACT_OK : TC_ACT_UNSPEC;
}
LICENSE
