// offset 8192 is past PERF_MAX_TRACE_SIZE
#include "common.h"
SEC("tracepoint/sched/sched_switch") __attribute__((naked)) int prog(void)
{
	asm volatile("r0 = *(u64*)(r1 + 8192); r0 = 0; exit;" ::: "memory");
}
LICENSE
