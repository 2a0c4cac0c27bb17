// data + 70000 <= data_end teaches nothing in the kernel (offset > MAX_PACKET_OFF): reading data[0] is rejected.
#include "common.h"
SEC("xdp") __attribute__((naked)) int prog(void)
{
	asm volatile(
	"r2 = *(u32*)(r1 + 0);"
	"r3 = *(u32*)(r1 + 4);"
	"r4 = r2;"
	"r4 += 70000;"
	"r0 = 2;"
	"if r4 > r3 goto 1f;"
	"r0 = *(u8*)(r2 + 0);"
	"r0 &= 3;"
	"1: exit;"
	::: "memory");
}
LICENSE
