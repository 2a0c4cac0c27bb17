// 8-byte read of an xdp_md field
#include "common.h"
SEC("xdp") __attribute__((naked)) int prog(void)
{
	asm volatile("r0 = *(u64*)(r1 + 16); r0 = 2; exit;" ::: "memory");
}
LICENSE
