// LDX with a non-zero imm field
#include "common.h"
SEC("socket") __attribute__((naked)) int prog(void)
{
	asm volatile(" .byte 0x61,0x10,0,0,1,0,0,0; .byte 0x95,0,0,0,0,0,0,0;" ::: "memory");
}
LICENSE
