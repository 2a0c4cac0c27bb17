// common_pid (offset 4) is not accessible from a tracepoint program
#include "common.h"
SEC("tracepoint/sched/sched_switch") __attribute__((naked)) int prog(void)
{
	asm volatile("r0 = *(u32*)(r1 + 4); exit;" ::: "memory");
}
LICENSE
