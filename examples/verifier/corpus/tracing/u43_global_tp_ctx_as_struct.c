#include "common_tp.h"
/* BUG: a global function's struct-pointer parameter is a read-write memory arg, not ctx (tracepoint ctx type is not the record struct) */
struct sys_enter_args { __u64 unused; long nr; unsigned long args[6]; };
struct ev { __u32 pid; __u32 nr; };
struct { __uint(type, BPF_MAP_TYPE_PERF_EVENT_ARRAY); __uint(key_size, sizeof(__u32)); __uint(value_size, sizeof(__u32)); } events SEC(".maps");

__noinline int emit_event(struct sys_enter_args *ctx)
{
	struct ev e = {};
	e.pid = bpf_get_current_pid_tgid() >> 32;
	e.nr = ctx->nr;
	return bpf_perf_event_output(ctx, &events, BPF_F_CURRENT_CPU, &e, sizeof(e));
}

SEC("tracepoint/syscalls/sys_enter_kill")
int enter_kill(struct sys_enter_args *ctx)
{
	emit_event(ctx);
	return 0;
}
char LICENSE[] SEC("license") = "GPL";
