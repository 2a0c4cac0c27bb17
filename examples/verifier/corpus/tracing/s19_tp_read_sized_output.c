#include "common_tp.h"
/* variable-length output: only the bytes actually read, bounded with a mask */
struct sys_enter_args { __u64 unused; long nr; unsigned long args[6]; };
struct event { __u32 pid; __u32 len; char buf[256]; };
struct { __uint(type, BPF_MAP_TYPE_PERCPU_ARRAY); __uint(max_entries, 1); __type(key, __u32); __type(value, struct event); } scratch SEC(".maps");
struct { __uint(type, BPF_MAP_TYPE_RINGBUF); __uint(max_entries, 1 << 20); } rb SEC(".maps");

SEC("tracepoint/syscalls/sys_enter_unlinkat")
int enter_unlinkat(struct sys_enter_args *ctx)
{
	__u32 zero = 0;
	long n;
	struct event *e = bpf_map_lookup_elem(&scratch, &zero);
	if (!e)
		return 0;
	e->pid = bpf_get_current_pid_tgid() >> 32;
	n = bpf_probe_read_user_str(e->buf, sizeof(e->buf), (const void *)ctx->args[1]);
	if (n <= 0)
		return 0;
	e->len = n;
	bpf_ringbuf_output(&rb, e, offsetof(struct event, buf) + (n & 0xff), 0);
	return 0;
}
char LICENSE[] SEC("license") = "GPL";
