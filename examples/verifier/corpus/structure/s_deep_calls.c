/* safe: chain of 6 noinline static functions (7 frames) each with a small stack buffer */
#include "common.h"
struct { __uint(type, BPF_MAP_TYPE_ARRAY); __type(key, __u32); __type(value, __u64); __uint(max_entries, 8); } out SEC(".maps");
static __noinline __u64 f6(__u64 x) { __u32 k = x & 7; __u64 *v = bpf_map_lookup_elem(&out, &k); return v ? *v + x : x; }
static __noinline __u64 f5(__u64 x) { volatile __u64 b[4] = {x, x+1, x+2, x+3}; return f6(b[x & 3]) + 5; }
static __noinline __u64 f4(__u64 x) { volatile __u64 b[4] = {x, x, x, x}; return f5(b[1] ^ 4) + 4; }
static __noinline __u64 f3(__u64 x) { return f4(x * 3) + 3; }
static __noinline __u64 f2(__u64 x) { return f3(x + 2) + 2; }
static __noinline __u64 f1(__u64 x) { return f2(x << 1) + 1; }
SEC("xdp") int deep(struct xdp_md *ctx)
{
	return f1(ctx->rx_queue_index) & 1 ? XDP_DROP : XDP_PASS;
}
