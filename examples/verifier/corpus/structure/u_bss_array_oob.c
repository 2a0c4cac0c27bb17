/* unsafe: .bss histogram indexed with an unclamped bucket (log2 of count can be up to 63) */
#include "common.h"
__u32 hist[32] = {};
SEC("tracepoint/syscalls/sys_enter_write") int on_write(struct sys_enter_write_ctx *ctx)
{
	__u64 v = ctx->count;
	__u32 b = 0;
	#pragma unroll
	for (int i = 0; i < 64; i++) { if (v <= 1) break; v >>= 1; b++; }
	hist[b]++;
	return 0;
}
