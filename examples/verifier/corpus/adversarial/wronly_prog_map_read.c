// A map created with BPF_F_WRONLY_PROG may not be read by the program.
#include "common.h"
struct { __uint(type, BPF_MAP_TYPE_ARRAY); __uint(max_entries, 1); __uint(map_flags, BPF_F_WRONLY_PROG); __type(key, __u32); __type(value, __u64); } out SEC(".maps");
SEC("xdp") int prog(struct xdp_md *ctx)
{
	__u32 k = 0;
	__u64 *v = bpf_map_lookup_elem(&out, &k);
	if (!v) return XDP_PASS;
	return *v ? XDP_DROP : XDP_PASS;
}
LICENSE
