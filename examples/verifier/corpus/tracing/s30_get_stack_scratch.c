#include <linux/types.h>
#include <linux/bpf.h>
#include <linux/ptrace.h>
#include <bpf/bpf_helpers.h>
/* bpf_get_stack into a per-CPU scratch buffer, emitted with a variable size */
#define MAX_DEPTH 32
struct trace { __u32 pid; __s32 nbytes; __u64 ips[MAX_DEPTH]; };
struct { __uint(type, BPF_MAP_TYPE_PERCPU_ARRAY); __uint(max_entries, 1); __type(key, __u32); __type(value, struct trace); } scratch SEC(".maps");
struct { __uint(type, BPF_MAP_TYPE_PERF_EVENT_ARRAY); __uint(key_size, sizeof(__u32)); __uint(value_size, sizeof(__u32)); } events SEC(".maps");

SEC("kprobe/oom_kill_process")
int kp_oom(struct pt_regs *ctx)
{
	__u32 zero = 0;
	struct trace *t = bpf_map_lookup_elem(&scratch, &zero);
	long n;
	if (!t)
		return 0;
	t->pid = bpf_get_current_pid_tgid() >> 32;
	n = bpf_get_stack(ctx, t->ips, sizeof(t->ips), 0);
	if (n < 0)
		return 0;
	t->nbytes = n;
	bpf_perf_event_output(ctx, &events, BPF_F_CURRENT_CPU, t, sizeof(*t));
	return 0;
}
char LICENSE[] SEC("license") = "GPL";
