#include "common_tp.h"
struct sys_enter_args { __u64 unused; long nr; unsigned long args[6]; };
struct { __uint(type, BPF_MAP_TYPE_PERF_EVENT_ARRAY); __uint(key_size, sizeof(__u32)); __uint(value_size, sizeof(__u32)); } events SEC(".maps");

SEC("tracepoint/syscalls/sys_enter_kill")
int enter_kill(struct sys_enter_args *ctx)
{
	/* BUG: passes a pointer into the ctx instead of ctx itself */
	bpf_perf_event_output(&ctx->args[0], &events, BPF_F_CURRENT_CPU, &ctx->nr, 8);
	return 0;
}
char LICENSE[] SEC("license") = "GPL";
