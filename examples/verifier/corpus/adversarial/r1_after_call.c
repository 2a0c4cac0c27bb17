// r1 (ctx) is clobbered by the helper call
#include "common.h"
SEC("socket") __attribute__((naked)) int prog(void)
{
	asm volatile("call %[bpf_ktime_get_ns]; r0 = *(u32*)(r1 + 0); exit;" :: __imm(bpf_ktime_get_ns) : "memory");
}
LICENSE
