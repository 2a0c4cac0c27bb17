// A map created with BPF_F_RDONLY_PROG may not be written by the program.
#include "common.h"
struct { __uint(type, BPF_MAP_TYPE_ARRAY); __uint(max_entries, 1); __uint(map_flags, BPF_F_RDONLY_PROG); __type(key, __u32); __type(value, __u64); } cfg SEC(".maps");
SEC("xdp") int prog(struct xdp_md *ctx)
{
	__u32 k = 0;
	__u64 *v = bpf_map_lookup_elem(&cfg, &k);
	if (!v) return XDP_PASS;
	*v = 1;
	return XDP_PASS;
}
LICENSE
