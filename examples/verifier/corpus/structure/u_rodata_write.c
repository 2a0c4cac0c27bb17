/* unsafe: writes a const volatile .rodata knob at run time (the map is frozen, read-only for programs) */
#include "common.h"
const volatile __u32 target_tgid = 0;
__u64 total_bytes = 0;
SEC("tracepoint/syscalls/sys_enter_write") int on_write(struct sys_enter_write_ctx *ctx)
{
	__u32 tgid = bpf_get_current_pid_tgid() >> 32;
	if (!target_tgid)
		*(volatile __u32 *)&target_tgid = tgid;   /* "latch the first writer" */
	if (tgid != target_tgid) return 0;
	__sync_fetch_and_add(&total_bytes, ctx->count);
	return 0;
}
