#include "common_tp.h"
struct sys_exit_args { __u64 common; __s32 nr; __u32 pad; __s64 ret; };
const volatile __u32 target_uid = 0;

SEC("tracepoint/syscalls/sys_exit_openat")
int exit_openat(struct sys_exit_args *ctx)
{
	__u64 uid_gid = bpf_get_current_uid_gid();
	__u32 uid = uid_gid;
	if (uid != target_uid)
		return 0;
	if (ctx->ret < 0)
		bpf_printk("openat failed uid=%u gid=%u err=%ld", uid, (__u32)(uid_gid >> 32), ctx->ret);
	return 0;
}
char LICENSE[] SEC("license") = "GPL";
