// opcode 0x8f is not defined
#include "common.h"
SEC("socket") __attribute__((naked)) int prog(void)
{
	asm volatile(" .byte 0xb7,0,0,0,0,0,0,0; .byte 0x8f,0,0,0,0,0,0,0; .byte 0x95,0,0,0,0,0,0,0;" ::: "memory");
}
LICENSE
