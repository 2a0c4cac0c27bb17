// skb->sk is a sock_common_or_null pointer: any arithmetic on it is rejected by the kernel.
#include "common.h"
SEC("socket") int prog(struct __sk_buff *skb)
{
	unsigned long s = (unsigned long)skb->sk;
	return (s >> 6) & 0xff;
}
LICENSE
