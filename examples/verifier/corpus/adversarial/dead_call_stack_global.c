// The kernel checks the combined stack depth statically over call instructions; here the dead call to a global
// function does not push it over 512 (kernel accepts; kept as a near-miss).
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
	volatile char buf[400];
	for (int i = 0; i < 400; i += 8) buf[i] = i;
	if (debug)
		dump(skb);
	return buf[skb->len & 255] ? TC_ACT_OK : TC_ACT_SHOT;
}
LICENSE
