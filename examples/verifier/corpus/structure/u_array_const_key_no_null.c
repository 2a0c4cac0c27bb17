/* unsafe: ARRAY lookup with a constant in-range key, result used without NULL check */
#include "common.h"
struct { __uint(type, BPF_MAP_TYPE_ARRAY); __type(key, __u32); __type(value, __u64); __uint(max_entries, 4); } cfg SEC(".maps");
SEC("xdp") int arr(struct xdp_md *ctx)
{
	__u32 k = 2;
	__u64 *v = bpf_map_lookup_elem(&cfg, &k);
	return *v ? XDP_DROP : XDP_PASS;
}
