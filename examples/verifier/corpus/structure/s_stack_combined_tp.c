/* safe on x86-64 6.18: tracepoint programs get a private stack, so the combined 328+328 limit is per-frame only */
#include "common.h"
struct rec { __u64 w[40]; };
struct { __uint(type, BPF_MAP_TYPE_PERCPU_ARRAY); __type(key, __u32); __type(value, struct rec); __uint(max_entries, 2); } scratch SEC(".maps");
static __noinline int save(__u32 slot, __u64 seed)
{
	struct rec r;
	#pragma unroll
	for (int i = 0; i < 40; i++) r.w[i] = seed + i;
	return bpf_map_update_elem(&scratch, &slot, &r, BPF_ANY);
}
SEC("tracepoint/syscalls/sys_enter_write") int big(struct sys_enter_write_ctx *ctx)
{
	struct rec r;
	#pragma unroll
	for (int i = 0; i < 40; i++) r.w[i] = ctx->count ^ i;
	__u32 zero = 0;
	bpf_map_update_elem(&scratch, &zero, &r, BPF_ANY);
	return save(1, r.w[ctx->fd & 31]);
}
