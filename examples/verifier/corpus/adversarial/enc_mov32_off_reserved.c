// BPF_ALU|BPF_MOV|BPF_K with off=8 (movsx is only defined for BPF_X)
#include "common.h"
SEC("socket") __attribute__((naked)) int prog(void)
{
	asm volatile(" .byte 0xb4,0,8,0,0,0,0,0; .byte 0x95,0,0,0,0,0,0,0;" ::: "memory");
}
LICENSE
