// r0 = 0xffffffff00000001: low 32 bits are 1 but the kernel checks the whole register.
#include "common.h"
SEC("cgroup_skb/ingress") __attribute__((naked)) int prog(void)
{
	asm volatile("r0 = 0xffffffff00000001 ll; exit;" ::: "memory");
}
LICENSE
