// BPF_END with imm 8 (only 16/32/64)
#include "common.h"
SEC("socket") __attribute__((naked)) int prog(void)
{
	asm volatile(" .byte 0xb7,0,0,0,0,0,0,0; .byte 0xdc,0,0,0,8,0,0,0; .byte 0x95,0,0,0,0,0,0,0;" ::: "memory");
}
LICENSE
