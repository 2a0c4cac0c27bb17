#include "common_tp.h"
struct sys_exit_args { __u64 common; __s32 nr; __u32 pad; __s64 ret; };

SEC("tracepoint/syscalls/sys_exit_openat")
int clobber(struct sys_exit_args *ctx)
{
	if (ctx->ret < 0)
		ctx->ret = 0;	/* BUG: tracepoint ctx is read-only */
	return 0;
}
char LICENSE[] SEC("license") = "GPL";
