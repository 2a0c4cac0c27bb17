// safe twin: tail call in a subprogram with a 64-byte caller frame
#include "common.h"
struct { __uint(type, BPF_MAP_TYPE_PROG_ARRAY); __uint(max_entries, 4); __uint(key_size, 4); __uint(value_size, 4); } jmp SEC(".maps");
static __attribute__((noinline)) int dispatch(struct xdp_md *ctx, __u32 i)
{
	bpf_tail_call(ctx, &jmp, i);
	return XDP_PASS;
}
SEC("xdp") int prog(struct xdp_md *ctx)
{
	volatile char buf[64];
	for (int i = 0; i < 64; i += 8)
		buf[i] = i;
	return dispatch(ctx, buf[ctx->rx_queue_index & 7]);
}
LICENSE
