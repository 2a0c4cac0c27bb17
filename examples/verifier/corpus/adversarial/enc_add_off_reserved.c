// BPF_ALU64|BPF_ADD|BPF_K with a non-zero off field
#include "common.h"
SEC("socket") __attribute__((naked)) int prog(void)
{
	asm volatile(" .byte 0xb7,0,0,0,0,0,0,0; .byte 0x07,0,1,0,1,0,0,0; .byte 0x95,0,0,0,0,0,0,0;" ::: "memory");
}
LICENSE
