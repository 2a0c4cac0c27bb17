// safe: division/modulo by registers that may be zero
#include "common.h"
SEC("socket") int prog(struct __sk_buff *skb)
{
	return skb->len / skb->mark + skb->len % (skb->priority | 0);
}
LICENSE
