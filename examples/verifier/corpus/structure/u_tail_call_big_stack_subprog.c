/* unsafe: tail call from a bpf-to-bpf subprogram whose caller uses >256 bytes of stack */
#include "common.h"
struct { __uint(type, BPF_MAP_TYPE_PROG_ARRAY); __uint(key_size, 4); __uint(value_size, 4); __uint(max_entries, 8); } jmp SEC(".maps");
struct { __uint(type, BPF_MAP_TYPE_ARRAY); __type(key, __u32); __type(value, __u64[40]); __uint(max_entries, 1); } scratch SEC(".maps");
static __noinline int do_dispatch(struct xdp_md *ctx, __u32 idx)
{
	bpf_tail_call(ctx, &jmp, idx);
	return XDP_PASS;
}
SEC("xdp") int dispatch(struct xdp_md *ctx)
{
	__u64 buf[40];
	__u32 zero = 0;
	for (int i = 0; i < 40; i++) buf[i] = i * (__u64)ctx->ingress_ifindex;
	bpf_map_update_elem(&scratch, &zero, buf, BPF_ANY);
	return do_dispatch(ctx, ctx->rx_queue_index & 7);
}
