// misaligned 4-byte ctx read at offset 2
#include "common.h"
SEC("tc") __attribute__((naked)) int prog(void)
{
	asm volatile("r0 = *(u32*)(r1 + 2); exit;" ::: "memory");
}
LICENSE
