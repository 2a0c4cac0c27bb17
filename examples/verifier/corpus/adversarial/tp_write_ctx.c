// tracepoint writes into its record
#include "common.h"
SEC("tracepoint/sched/sched_switch") __attribute__((naked)) int prog(void)
{
	asm volatile("r2 = 0; *(u64*)(r1 + 8) = r2; r0 = 0; exit;" ::: "memory");
}
LICENSE
