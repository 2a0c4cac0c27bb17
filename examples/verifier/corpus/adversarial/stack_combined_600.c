// main uses 304 bytes, callee 304 bytes -> combined > 512 -> reject.
#include "common.h"
static __attribute__((noinline)) int fill(__u32 seed)
{
	volatile __u64 b[38];
	for (int i = 0; i < 38; i++) b[i] = seed + i;
	return b[seed & 31];
}
SEC("socket") int prog(struct __sk_buff *skb)
{
	volatile __u64 a[38];
	for (int i = 0; i < 38; i++) a[i] = skb->len + i;
	return fill(a[skb->len & 31]);
}
LICENSE
