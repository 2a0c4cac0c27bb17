#include "common_tp.h"
struct sys_exit_args { __u64 common; __s32 nr; __u32 pad; __s64 ret; };
struct event { __u32 pid; __s64 ret; };
struct { __uint(type, BPF_MAP_TYPE_RINGBUF); __uint(max_entries, 1 << 16); } rb SEC(".maps");

SEC("tracepoint/syscalls/sys_exit_write")
int dbl(struct sys_exit_args *ctx)
{
	struct event *e = bpf_ringbuf_reserve(&rb, sizeof(*e), 0);
	if (!e)
		return 0;
	e->pid = bpf_get_current_pid_tgid() >> 32;
	e->ret = ctx->ret;
	if (ctx->ret < 0)
		bpf_ringbuf_discard(e, 0);
	bpf_ringbuf_submit(e, 0);	/* BUG: missing else: error path releases twice */
	return 0;
}
char LICENSE[] SEC("license") = "GPL";
