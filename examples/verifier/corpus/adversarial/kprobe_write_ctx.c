// kprobe writes into pt_regs
#include "common.h"
SEC("kprobe/do_sys_openat2") __attribute__((naked)) int prog(void)
{
	asm volatile("r2 = 0; *(u64*)(r1 + 112) = r2; r0 = 0; exit;" ::: "memory");
}
LICENSE
