/* safe on 6.18: PERCPU_ARRAY scratch-buffer lookup with the constant key 0 (stack slot known zero) used without a NULL check -
   kernels with "constant map key" tracking return a non-NULL map_value for in-range array keys */
#include "common.h"
struct buf { char data[256]; __u32 len; };
struct { __uint(type, BPF_MAP_TYPE_PERCPU_ARRAY); __type(key, __u32); __type(value, struct buf); __uint(max_entries, 1); } heap SEC(".maps");
SEC("tracepoint/syscalls/sys_enter_write") int on_write(struct sys_enter_write_ctx *ctx)
{
	__u32 zero = 0;
	struct buf *b = bpf_map_lookup_elem(&heap, &zero);
	b->len = ctx->count > 256 ? 256 : ctx->count;
	bpf_get_current_comm(b->data, 16);
	return 0;
}
