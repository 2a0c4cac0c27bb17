#include "common_tp.h"
struct sys_enter_args { __u64 unused; long nr; unsigned long args[6]; };
struct event { __u32 pid; __u64 ts; char comm[16]; };
struct { __uint(type, BPF_MAP_TYPE_RINGBUF); __uint(max_entries, 1 << 16); } rb SEC(".maps");

SEC("tracepoint/syscalls/sys_enter_openat")
int uaf(struct sys_enter_args *ctx)
{
	struct event *e = bpf_ringbuf_reserve(&rb, sizeof(*e), 0);
	if (!e)
		return 0;
	e->pid = bpf_get_current_pid_tgid() >> 32;
	bpf_get_current_comm(e->comm, sizeof(e->comm));
	bpf_ringbuf_submit(e, 0);
	e->ts = bpf_ktime_get_ns();	/* BUG: written after submit */
	return 0;
}
char LICENSE[] SEC("license") = "GPL";
