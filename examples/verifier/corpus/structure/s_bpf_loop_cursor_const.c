/* safe: callback keeps its own cursor in the loop ctx; bpf_loop(64) with a constant count: kernel walks at most 64 iterations, cursor stays < 64 */
#include "common.h"
struct ring { __u32 vals[64]; };
struct { __uint(type, BPF_MAP_TYPE_ARRAY); __type(key, __u32); __type(value, struct ring); __uint(max_entries, 1); } rings SEC(".maps");
struct loop_ctx { struct ring *r; __u32 pos; __u64 sum; };
static int add_one(__u32 idx, void *data)
{
	struct loop_ctx *lc = data;
	lc->sum += lc->r->vals[lc->pos];
	lc->pos++;
	return 0;
}
SEC("tracepoint/syscalls/sys_enter_write") int loop_sum(struct sys_enter_write_ctx *ctx)
{
	__u32 zero = 0;
	struct ring *r = bpf_map_lookup_elem(&rings, &zero);
	if (!r) return 0;
	struct loop_ctx lc = { .r = r, .pos = 0, .sum = 0 };
	bpf_loop(64, add_one, &lc, 0);
	r->vals[0] = lc.sum;
	return 0;
}
