// i += 2 starting at 0 never equals 5: an infinite loop behind 32-bit wraparound.
#include "common.h"
SEC("socket") __attribute__((naked)) int prog(void)
{
	asm volatile(
	"w0 = 0;"
	"1: w0 += 2;"
	"if w0 != 5 goto 1b;"
	"exit;"
	::: "memory");
}
LICENSE
