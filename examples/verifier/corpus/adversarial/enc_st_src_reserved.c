// ST imm with a non-zero src_reg
#include "common.h"
SEC("socket") __attribute__((naked)) int prog(void)
{
	asm volatile(" .byte 0x7a,0x2a,0xf8,0xff,0,0,0,0; .byte 0xb7,0,0,0,0,0,0,0; .byte 0x95,0,0,0,0,0,0,0;" ::: "memory");
}
LICENSE
