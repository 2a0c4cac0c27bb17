#include "common_tp.h"
struct sys_enter_args { __u64 unused; long nr; unsigned long args[6]; };
struct hdr { __u32 type; __u32 pid; };
struct full { struct hdr h; __u64 ts; char comm[16]; };
struct { __uint(type, BPF_MAP_TYPE_RINGBUF); __uint(max_entries, 1 << 16); } rb SEC(".maps");

SEC("tracepoint/syscalls/sys_enter_close")
int past(struct sys_enter_args *ctx)
{
	/* BUG: reserves only the header but fills the full record */
	struct full *e = bpf_ringbuf_reserve(&rb, sizeof(struct hdr), 0);
	if (!e)
		return 0;
	e->h.type = 1;
	e->h.pid = bpf_get_current_pid_tgid() >> 32;
	e->ts = bpf_ktime_get_ns();
	bpf_ringbuf_submit(e, 0);
	return 0;
}
char LICENSE[] SEC("license") = "GPL";
