#include "common_tp.h"
struct sys_enter_args { __u64 unused; long nr; unsigned long args[6]; };
struct hdr { __u32 type; __u32 len; };
struct body { __u32 pid; __u32 fd; };
struct { __uint(type, BPF_MAP_TYPE_RINGBUF); __uint(max_entries, 1 << 16); } rb SEC(".maps");

SEC("tracepoint/syscalls/sys_enter_close")
int off(struct sys_enter_args *ctx)
{
	struct hdr *h = bpf_ringbuf_reserve(&rb, sizeof(struct hdr) + sizeof(struct body), 0);
	struct body *b;
	if (!h)
		return 0;
	h->type = 2;
	h->len = sizeof(*b);
	b = (struct body *)(h + 1);
	b->pid = bpf_get_current_pid_tgid() >> 32;
	b->fd = ctx->args[0];
	bpf_ringbuf_submit(b, 0);	/* BUG: must submit the reserved pointer, not an interior one */
	return 0;
}
char LICENSE[] SEC("license") = "GPL";
