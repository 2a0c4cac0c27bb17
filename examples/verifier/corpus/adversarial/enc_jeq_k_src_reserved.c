// JEQ|BPF_K with a non-zero src_reg
#include "common.h"
SEC("socket") __attribute__((naked)) int prog(void)
{
	asm volatile(" .byte 0xb7,0,0,0,0,0,0,0; .byte 0x15,0x20,0,0,0,0,0,0; .byte 0x95,0,0,0,0,0,0,0;" ::: "memory");
}
LICENSE
