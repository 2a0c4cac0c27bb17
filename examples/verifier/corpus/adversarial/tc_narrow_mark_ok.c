// safe: 1-byte narrow read of skb->mark (second byte)
#include "common.h"
SEC("tc") __attribute__((naked)) int prog(void)
{
	asm volatile("r0 = *(u8*)(r1 + 9); exit;" ::: "memory");
}
LICENSE
