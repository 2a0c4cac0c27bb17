// XDP writes ctx->data
#include "common.h"
SEC("xdp") __attribute__((naked)) int prog(void)
{
	asm volatile("r2 = *(u32*)(r1 + 0); r2 += 14; *(u32*)(r1 + 0) = r2; r0 = 2; exit;" ::: "memory");
}
LICENSE
