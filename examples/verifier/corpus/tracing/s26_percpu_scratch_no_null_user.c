#include "common_tp.h"
struct sys_enter_args { __u64 unused; long nr; unsigned long args[6]; };
struct buf { char data[512]; };
struct { __uint(type, BPF_MAP_TYPE_PERCPU_ARRAY); __uint(max_entries, 1); __type(key, __u32); __type(value, struct buf); } scratch SEC(".maps");
struct { __uint(type, BPF_MAP_TYPE_RINGBUF); __uint(max_entries, 1 << 20); } rb SEC(".maps");

SEC("tracepoint/syscalls/sys_enter_execve")
int scratch_nonnull(struct sys_enter_args *ctx)
{
	__u32 zero = 0;
	struct buf *b = bpf_map_lookup_elem(&scratch, &zero);
	/* kernel >= 6.15 knows a constant in-range key into an array map never yields NULL */
	bpf_probe_read_user_str(b->data, sizeof(b->data), (void *)ctx->args[0]);
	bpf_ringbuf_output(&rb, b, sizeof(*b), 0);
	return 0;
}
char LICENSE[] SEC("license") = "GPL";
