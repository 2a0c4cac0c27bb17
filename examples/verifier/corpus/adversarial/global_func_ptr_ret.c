// A global function returning a pointer (map value) is not supported by the kernel.
#include "common.h"
struct { __uint(type, BPF_MAP_TYPE_ARRAY); __uint(max_entries, 1); __type(key, __u32); __type(value, __u64); } arr SEC(".maps");
__attribute__((noinline)) __u64 *get(void)
{
	__u32 k = 0;
	return bpf_map_lookup_elem(&arr, &k);
}
SEC("xdp") int prog(struct xdp_md *ctx)
{
	__u64 *v = get();
	if (!v) return XDP_PASS;
	return *v ? XDP_DROP : XDP_PASS;
}
LICENSE
