// safe: 4-byte read of the last pt_regs word (off 164)
#include "common.h"
SEC("kprobe/do_sys_openat2") __attribute__((naked)) int prog(void)
{
	asm volatile("r0 = *(u32*)(r1 + 164); r0 = 0; exit;" ::: "memory");
}
LICENSE
