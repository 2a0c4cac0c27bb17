#include "common_tp.h"
struct sys_exit_args { __u64 common; __s32 nr; __u32 pad; __s64 ret; };
struct ev { __u32 pid; __u32 n; char data[64]; };
struct { __uint(type, BPF_MAP_TYPE_PERCPU_ARRAY); __uint(max_entries, 1); __type(key, __u32); __type(value, struct ev); } scratch SEC(".maps");
struct { __uint(type, BPF_MAP_TYPE_PERF_EVENT_ARRAY); __uint(key_size, sizeof(__u32)); __uint(value_size, sizeof(__u32)); } events SEC(".maps");

SEC("tracepoint/syscalls/sys_exit_read")
int exit_read(struct sys_exit_args *ctx)
{
	__u32 zero = 0;
	long n = ctx->ret;
	struct ev *e = bpf_map_lookup_elem(&scratch, &zero);
	if (!e)
		return 0;
	if (n > (long)sizeof(*e))	/* BUG: read() may return -errno */
		n = sizeof(*e);
	e->pid = bpf_get_current_pid_tgid() >> 32;
	bpf_perf_event_output(ctx, &events, BPF_F_CURRENT_CPU, e, n);
	return 0;
}
char LICENSE[] SEC("license") = "GPL";
