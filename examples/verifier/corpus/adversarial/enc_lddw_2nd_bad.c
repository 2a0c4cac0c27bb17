// lddw whose second slot has a non-zero opcode
#include "common.h"
SEC("socket") __attribute__((naked)) int prog(void)
{
	asm volatile(" .byte 0x18,0,0,0,1,0,0,0; .byte 0x01,0,0,0,0,0,0,0; .byte 0x95,0,0,0,0,0,0,0;" ::: "memory");
}
LICENSE
