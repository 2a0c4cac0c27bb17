// safe: a global function that takes the context
#include "common.h"
__attribute__((noinline)) int classify(struct __sk_buff *skb)
{
	return skb->len > 1500;
}
SEC("tc") int prog(struct __sk_buff *skb)
{
	return classify(skb) ? TC_ACT_SHOT : TC_ACT_OK;
}
LICENSE
