// safe: a static noinline void function (r0 is never set in the callee; the caller ignores it)
#include "common.h"
static __attribute__((noinline)) void set_mark(struct __sk_buff *skb, __u32 m)
{
	skb->mark = m;
}
SEC("tc") int prog(struct __sk_buff *skb)
{
	set_mark(skb, skb->len & 0xff);
	return TC_ACT_OK;
}
LICENSE
