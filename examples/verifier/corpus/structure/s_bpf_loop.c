/* safe: bpf_loop with a callback that bounds its own index into a map value array */
#include "common.h"
struct ring { __u32 vals[64]; };
struct { __uint(type, BPF_MAP_TYPE_ARRAY); __type(key, __u32); __type(value, struct ring); __uint(max_entries, 1); } rings SEC(".maps");
struct loop_ctx { struct ring *r; __u64 sum; };
static int add_one(__u32 idx, void *data)
{
	struct loop_ctx *lc = data;
	if (idx >= 64) return 1;
	lc->sum += lc->r->vals[idx];
	return 0;
}
SEC("tracepoint/syscalls/sys_enter_write") int loop_sum(struct sys_enter_write_ctx *ctx)
{
	__u32 zero = 0;
	struct ring *r = bpf_map_lookup_elem(&rings, &zero);
	if (!r) return 0;
	struct loop_ctx lc = { .r = r, .sum = 0 };
	bpf_loop(ctx->count, add_one, &lc, 0);
	r->vals[0] = lc.sum;
	return 0;
}
