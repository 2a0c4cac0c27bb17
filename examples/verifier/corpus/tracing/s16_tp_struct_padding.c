#include "common_tp.h"
/* BCC-style event with an implicit padding hole: root may pass uninitialized stack to helpers */
struct sys_enter_args { __u64 unused; long nr; unsigned long args[6]; };
struct event { __u32 pid; __u64 ts; __u8 kind; __u64 arg; };
struct { __uint(type, BPF_MAP_TYPE_PERF_EVENT_ARRAY); __uint(key_size, sizeof(__u32)); __uint(value_size, sizeof(__u32)); } events SEC(".maps");

SEC("tracepoint/syscalls/sys_enter_close")
int enter_close(struct sys_enter_args *ctx)
{
	struct event e;
	e.pid = bpf_get_current_pid_tgid() >> 32;
	e.ts = bpf_ktime_get_ns();
	e.kind = 3;
	e.arg = ctx->args[0];
	bpf_perf_event_output(ctx, &events, BPF_F_CURRENT_CPU, &e, sizeof(e));
	return 0;
}
char LICENSE[] SEC("license") = "GPL";
