#include <linux/types.h>
#include <linux/bpf.h>
#include <linux/ptrace.h>
#include <bpf/bpf_helpers.h>
#include <bpf/bpf_tracing.h>
#define PATHSZ 256
struct ev { __u32 pid; __u32 pad; char path[PATHSZ]; };
struct { __uint(type, BPF_MAP_TYPE_PERCPU_ARRAY); __uint(max_entries, 1); __type(key, __u32); __type(value, struct ev); } scratch SEC(".maps");
struct { __uint(type, BPF_MAP_TYPE_PERF_EVENT_ARRAY); __uint(key_size, sizeof(__u32)); __uint(value_size, sizeof(__u32)); } events SEC(".maps");

SEC("kprobe/do_sys_openat2")
int overflow(struct pt_regs *ctx)
{
	__u32 zero = 0;
	struct ev *e = bpf_map_lookup_elem(&scratch, &zero);
	if (!e)
		return 0;
	e->pid = bpf_get_current_pid_tgid() >> 32;
	/* BUG: size should be sizeof(e->path) */
	bpf_probe_read_kernel(e->path, sizeof(*e), (void *)PT_REGS_PARM2(ctx));
	bpf_perf_event_output(ctx, &events, BPF_F_CURRENT_CPU, e, sizeof(*e));
	return 0;
}
char LICENSE[] SEC("license") = "GPL";
