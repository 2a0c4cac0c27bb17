// if (data < data_end) proves nothing in the kernel (off 0 with an open range): reading data[0] is rejected.
#include "common.h"
SEC("xdp") __attribute__((naked)) int prog(void)
{
	asm volatile(
	"r2 = *(u32*)(r1 + 0);"
	"r3 = *(u32*)(r1 + 4);"
	"r0 = 2;"
	"if r2 >= r3 goto 1f;"
	"r0 = *(u8*)(r2 + 0);"
	"r0 &= 3;"
	"1: exit;"
	::: "memory");
}
LICENSE
