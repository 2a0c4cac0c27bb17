// safe: socket filter writes skb->cb[2]
#include "common.h"
SEC("socket") int prog(struct __sk_buff *skb)
{
	skb->cb[2] = skb->len;
	return skb->len;
}
LICENSE
