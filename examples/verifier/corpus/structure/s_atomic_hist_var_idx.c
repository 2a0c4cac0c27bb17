/* safe: BCC-style log2 histogram: atomic add into hist->slots[slot] with a variable (masked) slot */
#include "common.h"
struct hist { __u64 slots[32]; };
struct { __uint(type, BPF_MAP_TYPE_ARRAY); __type(key, __u32); __type(value, struct hist); __uint(max_entries, 1); } h SEC(".maps");
static __always_inline __u32 log2l(__u64 v)
{
	__u32 r = 0;
	#pragma unroll
	for (int i = 0; i < 63; i++) { if (v <= 1) break; v >>= 1; r++; }
	return r;
}
SEC("tracepoint/syscalls/sys_enter_write") int on_write(struct sys_enter_write_ctx *ctx)
{
	__u32 zero = 0;
	struct hist *hp = bpf_map_lookup_elem(&h, &zero);
	if (!hp) return 0;
	__u32 slot = log2l(ctx->count);
	if (slot >= 32) slot = 31;
	__sync_fetch_and_add(&hp->slots[slot], 1);
	return 0;
}
