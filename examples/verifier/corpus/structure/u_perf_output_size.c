/* unsafe: output size taken from the wrong struct (bigger than the stack buffer) */
#include "common.h"
struct event { __u32 pid; __u32 mode; __u64 ts; };
struct event_full { struct event hdr; char comm[16]; char pad[480]; };
struct { __uint(type, BPF_MAP_TYPE_PERF_EVENT_ARRAY); __uint(key_size, sizeof(__u32)); __uint(value_size, sizeof(__u32)); } events SEC(".maps");
SEC("kprobe/do_nanosleep") int BPF_KPROBE(do_ns, void *t, int mode)
{
	struct event e = {};
	e.pid = bpf_get_current_pid_tgid() >> 32;
	e.mode = mode;
	e.ts = bpf_ktime_get_ns();
	bpf_perf_event_output(ctx, &events, BPF_F_CURRENT_CPU, &e, sizeof(struct event_full));
	return 0;
}
