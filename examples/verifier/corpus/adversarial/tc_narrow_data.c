// skb->data must be loaded whole
#include "common.h"
SEC("tc") __attribute__((naked)) int prog(void)
{
	asm volatile("r0 = *(u16*)(r1 + 76); r0 = 0; exit;" ::: "memory");
}
LICENSE
