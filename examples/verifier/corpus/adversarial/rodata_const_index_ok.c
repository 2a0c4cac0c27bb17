// safe: a .rodata constant bounds the index (kernel reads frozen read-only maps as constants)
#include "common.h"
const volatile __u32 slot = 3;
struct val { __u64 c[4]; };
struct { __uint(type, BPF_MAP_TYPE_ARRAY); __uint(max_entries, 1); __type(key, __u32); __type(value, struct val); } tbl SEC(".maps");
SEC("xdp") int prog(struct xdp_md *ctx)
{
	__u32 k = 0;
	struct val *v = bpf_map_lookup_elem(&tbl, &k);
	if (!v) return XDP_PASS;
	v->c[slot]++;
	return XDP_PASS;
}
LICENSE
