// subprogram returns a pointer to its own stack
#include "common.h"
static __attribute__((noinline, naked, used)) long getp(void)
{
	asm volatile("r0 = r10; r0 += -8; r1 = 0; *(u64*)(r10 - 8) = r1; exit;" ::: "memory");
}
SEC("socket") __attribute__((naked)) int prog(void)
{
	asm volatile("call getp; r0 = *(u64*)(r0 + 0); exit;" ::: "memory");
}
LICENSE
