/* unsafe: bpf_loop callback returns 2 (callbacks must return 0 = continue or 1 = stop) */
#include "common.h"
struct loop_ctx { __u64 sum; __u64 limit; };
static int step(__u32 idx, void *data)
{
	struct loop_ctx *lc = data;
	lc->sum += idx;
	if (lc->sum > lc->limit) return 2;
	return 0;
}
SEC("tracepoint/syscalls/sys_enter_write") int loop_sum(struct sys_enter_write_ctx *ctx)
{
	struct loop_ctx lc = { .sum = 0, .limit = ctx->count };
	bpf_loop(100, step, &lc, 0);
	return lc.sum > 100;
}
