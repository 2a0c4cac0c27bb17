// A global function returning void.
#include "common.h"
__attribute__((noinline)) void set_mark(struct __sk_buff *skb, __u32 m)
{
	skb->mark = m;
}
SEC("tc") int prog(struct __sk_buff *skb)
{
	set_mark(skb, 5);
	return TC_ACT_OK;
}
LICENSE
