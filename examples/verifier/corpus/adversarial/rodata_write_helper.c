// a helper writes into a const volatile (.rodata) global
#include "common.h"
const volatile char name[16] = "init";
SEC("tracepoint/syscalls/sys_enter_execve") int prog(void *ctx)
{
	bpf_get_current_comm((void *)name, sizeof(name));
	return 0;
}
LICENSE
