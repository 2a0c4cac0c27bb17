// socket filters may write only cb[]
#include "common.h"
SEC("socket") int prog(struct __sk_buff *skb)
{
	skb->mark = 7;
	return skb->len;
}
LICENSE
