/* unsafe: writes into the record after submitting it */
#include "common.h"
struct event { __u32 pid; __u32 fd; __u64 count; };
struct { __uint(type, BPF_MAP_TYPE_RINGBUF); __uint(max_entries, 256 * 1024); } rb SEC(".maps");
SEC("tracepoint/syscalls/sys_enter_write") int on_write(struct sys_enter_write_ctx *ctx)
{
	struct event *e = bpf_ringbuf_reserve(&rb, sizeof(*e), 0);
	if (!e) return 0;
	e->pid = bpf_get_current_pid_tgid() >> 32;
	e->fd = ctx->fd;
	bpf_ringbuf_submit(e, 0);
	e->count = ctx->count;
	return 0;
}
