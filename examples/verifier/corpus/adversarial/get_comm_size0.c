// ARG_CONST_SIZE: zero is not allowed
#include "common.h"
SEC("tracepoint/syscalls/sys_enter_execve") __attribute__((naked)) int prog(void)
{
	asm volatile("r1 = r10; r1 += -16; r2 = 0; call %[bpf_get_current_comm]; r0 = 0; exit;" :: __imm(bpf_get_current_comm) : "memory");
}
LICENSE
