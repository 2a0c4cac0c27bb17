#include "common_tp.h"
struct sys_enter_args { __u64 unused; long nr; unsigned long args[6]; };
struct { __uint(type, BPF_MAP_TYPE_PERF_EVENT_ARRAY); __uint(key_size, sizeof(__u32)); __uint(value_size, sizeof(__u32)); } events SEC(".maps");

SEC("tracepoint/syscalls/sys_enter_execve")
int neg(struct sys_enter_args *ctx)
{
	char path[128];
	long n = bpf_probe_read_user_str(path, sizeof(path), (void *)ctx->args[0]);
	if (n > (long)sizeof(path))	/* BUG: negative error codes pass */
		return 0;
	bpf_perf_event_output(ctx, &events, BPF_F_CURRENT_CPU, path, n);
	return 0;
}
char LICENSE[] SEC("license") = "GPL";
