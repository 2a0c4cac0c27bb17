// A chain of 9 frames exists only behind a branch the verifier knows is dead; the kernel's static
// call-depth check still counts it ("the call stack of 9 frames is too deep").
#include "common.h"
const volatile int debug = 0;
#define F(n, next) static __attribute__((noinline)) int f##n(int x) { return next(x + 1) + 1; }
static __attribute__((noinline)) int f8(int x) { return x * 3; }
F(7, f8) F(6, f7) F(5, f6) F(4, f5) F(3, f4) F(2, f3) F(1, f2)
SEC("socket") int prog(struct __sk_buff *skb)
{
	if (debug)
		return f1(skb->len);
	return 0;
}
LICENSE
