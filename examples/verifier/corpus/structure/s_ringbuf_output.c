/* safe: bpf_ringbuf_output of a stack struct (copying variant) */
#include "common.h"
struct event { __u32 pid; __u32 fd; __u64 count; };
struct { __uint(type, BPF_MAP_TYPE_RINGBUF); __uint(max_entries, 4096); } rb SEC(".maps");
SEC("tracepoint/syscalls/sys_enter_write") int on_write(struct sys_enter_write_ctx *ctx)
{
	struct event e;
	e.pid = bpf_get_current_pid_tgid() >> 32;
	e.fd = ctx->fd;
	e.count = ctx->count;
	bpf_ringbuf_output(&rb, &e, sizeof(e), 0);
	return 0;
}
