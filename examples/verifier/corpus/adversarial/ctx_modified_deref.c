// ctx pointer modified (r1 += 8) then dereferenced
#include "common.h"
SEC("tc") __attribute__((naked)) int prog(void)
{
	asm volatile("r1 += 8; r0 = *(u32*)(r1 + 0); exit;" ::: "memory");
}
LICENSE
