// safe twin: the same mark store through a register
#include "common.h"
SEC("tc") __attribute__((naked)) int prog(void)
{
	asm volatile("r2 = 5; *(u32*)(r1 + 8) = r2; r0 = 0; exit;" ::: "memory");
}
LICENSE
