// r3 is clobbered by a bpf-to-bpf call
#include "common.h"
static __attribute__((noinline, used)) int f(int x) { return x + 1; }
SEC("socket") __attribute__((naked)) int prog(void)
{
	asm volatile("r3 = 7; r1 = 1; call f; r0 += r3; exit;" ::: "memory");
}
LICENSE
