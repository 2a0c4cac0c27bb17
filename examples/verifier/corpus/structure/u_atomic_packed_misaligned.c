/* unsafe: packed value struct puts the 64-bit counter at offset 4; atomic ops need natural alignment */
#include "common.h"
struct __attribute__((packed)) stats { __u32 flags; __u64 pkts; };
struct { __uint(type, BPF_MAP_TYPE_ARRAY); __type(key, __u32); __type(value, struct stats); __uint(max_entries, 1); } st SEC(".maps");
SEC("xdp") int prog(struct xdp_md *ctx)
{
	__u32 zero = 0;
	struct stats *s = bpf_map_lookup_elem(&st, &zero);
	if (!s) return XDP_PASS;
	__sync_fetch_and_add(&s->pkts, 1);
	return XDP_PASS;
}
