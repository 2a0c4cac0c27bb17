// main 272 bytes + callee 240 bytes = 512 with the JIT 16-byte rounding (kernel accepts);
// 32-byte rounding (ringzero) gives 288 + 256 = 544.
#include "common.h"
static __attribute__((noinline)) int fill(__u32 seed)
{
	volatile __u64 b[30];
	for (int i = 0; i < 30; i++) b[i] = seed + i;
	return b[seed & 15];
}
SEC("socket") int prog(struct __sk_buff *skb)
{
	volatile __u64 a[34];
	for (int i = 0; i < 34; i++) a[i] = skb->len + i;
	return fill(a[skb->len & 31]);
}
LICENSE
