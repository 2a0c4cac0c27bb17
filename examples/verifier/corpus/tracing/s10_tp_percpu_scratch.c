#include "common_tp.h"
struct sys_enter_execve_args {
	__u64 common; __s32 nr; __u32 pad;
	const char *filename; const char *const *argv; const char *const *envp;
};
#define ARGSZ 256
struct big_event { __u32 pid; __u32 len; char comm[16]; char path[ARGSZ]; char arg0[ARGSZ]; };
struct { __uint(type, BPF_MAP_TYPE_PERCPU_ARRAY); __uint(max_entries, 1); __type(key, __u32); __type(value, struct big_event); } heap SEC(".maps");
struct { __uint(type, BPF_MAP_TYPE_PERF_EVENT_ARRAY); __uint(key_size, sizeof(__u32)); __uint(value_size, sizeof(__u32)); } events SEC(".maps");

SEC("tracepoint/syscalls/sys_enter_execve")
int tp_execve(struct sys_enter_execve_args *ctx)
{
	__u32 zero = 0;
	const char *argp = NULL;
	long n;
	struct big_event *e = bpf_map_lookup_elem(&heap, &zero);
	if (!e)
		return 0;
	e->pid = bpf_get_current_pid_tgid() >> 32;
	bpf_get_current_comm(e->comm, sizeof(e->comm));
	n = bpf_probe_read_user_str(e->path, sizeof(e->path), ctx->filename);
	e->len = n > 0 ? n : 0;
	bpf_probe_read_user(&argp, sizeof(argp), &ctx->argv[0]);
	if (argp)
		bpf_probe_read_user_str(e->arg0, sizeof(e->arg0), argp);
	bpf_perf_event_output(ctx, &events, BPF_F_CURRENT_CPU, e, sizeof(*e));
	return 0;
}
char LICENSE[] SEC("license") = "GPL";
