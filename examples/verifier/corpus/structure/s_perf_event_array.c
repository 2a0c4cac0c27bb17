/* safe: BCC-style perf buffer event on do_nanosleep */
#include "common.h"
struct event { __u32 pid; __u32 mode; __u64 ts; char comm[16]; };
struct { __uint(type, BPF_MAP_TYPE_PERF_EVENT_ARRAY); __uint(key_size, sizeof(__u32)); __uint(value_size, sizeof(__u32)); } events SEC(".maps");
SEC("kprobe/do_nanosleep") int BPF_KPROBE(do_ns, void *t, int mode)
{
	struct event e = {};
	e.pid = bpf_get_current_pid_tgid() >> 32;
	e.mode = mode;
	e.ts = bpf_ktime_get_ns();
	bpf_get_current_comm(&e.comm, sizeof(e.comm));
	bpf_perf_event_output(ctx, &events, BPF_F_CURRENT_CPU, &e, sizeof(e));
	return 0;
}
