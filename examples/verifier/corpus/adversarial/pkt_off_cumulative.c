// same on a packet pointer: data + 0x10000000 + 0x10000000
#include "common.h"
SEC("tc") __attribute__((naked)) int prog(void)
{
	asm volatile(
	"r2 = *(u32*)(r1 + 76);"
	"r3 = *(u32*)(r1 + 80);"
	"r2 += 0x10000000;"
	"r2 += 0x10000000;"
	"r2 += -0x10000000;"
	"r2 += -0x10000000;"
	"r4 = r2;"
	"r4 += 1;"
	"r0 = 0;"
	"if r4 > r3 goto 1f;"
	"r0 = *(u8*)(r2 + 0);"
	"1: exit;"
	::: "memory");
}
LICENSE
