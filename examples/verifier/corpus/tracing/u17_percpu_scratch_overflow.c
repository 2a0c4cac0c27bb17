#include "common_tp.h"
struct sys_enter_args { __u64 unused; long nr; unsigned long args[6]; };
#define PATHSZ 256
struct ev { __u32 pid; __u32 pad; char path[PATHSZ]; };
struct { __uint(type, BPF_MAP_TYPE_PERCPU_ARRAY); __uint(max_entries, 1); __type(key, __u32); __type(value, struct ev); } scratch SEC(".maps");
struct { __uint(type, BPF_MAP_TYPE_PERF_EVENT_ARRAY); __uint(key_size, sizeof(__u32)); __uint(value_size, sizeof(__u32)); } events SEC(".maps");

SEC("tracepoint/syscalls/sys_enter_openat")
int overflow(struct sys_enter_args *ctx)
{
	__u32 zero = 0;
	struct ev *e = bpf_map_lookup_elem(&scratch, &zero);
	if (!e)
		return 0;
	e->pid = bpf_get_current_pid_tgid() >> 32;
	/* BUG: size should be sizeof(e->path), the header is 8 bytes */
	bpf_probe_read_user_str(e->path, sizeof(*e), (void *)ctx->args[1]);
	bpf_perf_event_output(ctx, &events, BPF_F_CURRENT_CPU, e, sizeof(*e));
	return 0;
}
char LICENSE[] SEC("license") = "GPL";
