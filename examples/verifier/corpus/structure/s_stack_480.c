/* safe: 480-byte on-stack scratch record (below the 512-byte limit) pushed to a percpu scratch map */
#include "common.h"
struct rec { __u64 w[60]; };
struct { __uint(type, BPF_MAP_TYPE_PERCPU_ARRAY); __type(key, __u32); __type(value, struct rec); __uint(max_entries, 1); } scratch SEC(".maps");
SEC("tracepoint/syscalls/sys_enter_write") int big(struct sys_enter_write_ctx *ctx)
{
	struct rec r;
	__builtin_memset(&r, 0, sizeof(r));
	r.w[0] = ctx->fd; r.w[1] = ctx->count; r.w[59] = bpf_ktime_get_ns();
	__u32 zero = 0;
	bpf_map_update_elem(&scratch, &zero, &r, BPF_ANY);
	return 0;
}
