#include <linux/types.h>
#include <linux/bpf.h>
#include <linux/ptrace.h>
#include <bpf/bpf_helpers.h>
#include <bpf/bpf_tracing.h>
/* global (separately verified) function: pointer args may be NULL and are checked */
struct ev { __u32 pid; __u32 tid; __u64 arg; char comm[16]; };
struct { __uint(type, BPF_MAP_TYPE_PERF_EVENT_ARRAY); __uint(key_size, sizeof(__u32)); __uint(value_size, sizeof(__u32)); } events SEC(".maps");

__noinline int emit_event(struct pt_regs *ctx, struct ev *e)
{
	__u64 id;
	if (!e)
		return 0;
	id = bpf_get_current_pid_tgid();
	e->pid = id >> 32;
	e->tid = (__u32)id;
	bpf_get_current_comm(e->comm, sizeof(e->comm));
	return bpf_perf_event_output(ctx, &events, BPF_F_CURRENT_CPU, e, sizeof(*e));
}

SEC("kprobe/do_sys_openat2")
int kp_open(struct pt_regs *ctx)
{
	struct ev e = {};
	e.arg = PT_REGS_PARM1(ctx);
	emit_event(ctx, &e);
	return 0;
}
char LICENSE[] SEC("license") = "GPL";
