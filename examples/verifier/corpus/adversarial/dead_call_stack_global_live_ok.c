// safe twin: main's buffer is 200 bytes, so 200 + 200 fits even when counting the dead call.
#include "common.h"
const volatile int debug = 0;
__attribute__((noinline)) int dump(struct __sk_buff *skb)
{
	volatile char tmp[200];
	for (int i = 0; i < 200; i += 8) tmp[i] = skb->len + i;
	return tmp[skb->len & 127];
}
SEC("tc") int prog(struct __sk_buff *skb)
{
	volatile char buf[200];
	for (int i = 0; i < 200; i += 8) buf[i] = i;
	if (debug)
		dump(skb);
	return buf[skb->len & 127] ? TC_ACT_OK : TC_ACT_SHOT;
}
LICENSE
