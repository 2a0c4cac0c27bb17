// BPF_EXIT with a non-zero imm field (reserved)
#include "common.h"
SEC("socket") __attribute__((naked)) int prog(void)
{
	asm volatile("r0 = 0; .byte 0x95, 0, 0, 0, 1, 0, 0, 0" ::: "memory");
}
LICENSE
