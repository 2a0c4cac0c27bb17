/* unsafe: 9 frames (main + 8 nested noinline calls) exceeds MAX_CALL_FRAMES = 8 */
#include "common.h"
static __noinline __u64 f8(__u64 x) { return x ^ 8; }
static __noinline __u64 f7(__u64 x) { return f8(x + 7) + 7; }
static __noinline __u64 f6(__u64 x) { return f7(x + 6) + 6; }
static __noinline __u64 f5(__u64 x) { return f6(x + 5) + 5; }
static __noinline __u64 f4(__u64 x) { return f5(x + 4) + 4; }
static __noinline __u64 f3(__u64 x) { return f4(x + 3) + 3; }
static __noinline __u64 f2(__u64 x) { return f3(x + 2) + 2; }
static __noinline __u64 f1(__u64 x) { return f2(x + 1) + 1; }
SEC("xdp") int deep(struct xdp_md *ctx)
{
	return f1(ctx->rx_queue_index) & 1 ? XDP_DROP : XDP_PASS;
}
