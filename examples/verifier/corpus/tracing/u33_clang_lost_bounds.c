#include "common_tp.h"
/* BUG (verifier-unfriendly): clang compares a zero-extended copy of len, then passes the unchecked original register (-mcpu=v3) */
struct sys_enter_args { __u64 unused; long nr; unsigned long args[6]; };
struct ev { __u32 pid; __u32 len; char data[128]; };
struct { __uint(type, BPF_MAP_TYPE_RINGBUF); __uint(max_entries, 1 << 16); } rb SEC(".maps");

SEC("tracepoint/syscalls/sys_enter_write")
int enter_write(struct sys_enter_args *ctx)
{
	struct ev e = {};
	__u32 len = ctx->args[2];
	if (len > sizeof(e.data))
		len = sizeof(e.data);
	e.pid = bpf_get_current_pid_tgid() >> 32;
	e.len = len;
	bpf_probe_read_kernel(e.data, len, (void *)ctx->args[1]);
	bpf_ringbuf_output(&rb, &e, sizeof(e), 0);
	return 0;
}
char LICENSE[] SEC("license") = "GPL";
