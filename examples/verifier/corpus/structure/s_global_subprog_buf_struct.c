/* safe: the fixed version - the global subprog takes a pointer to the whole struct so BTF gives the 64-byte size */
#include "common.h"
struct msg { __u8 data[64]; };
struct { __uint(type, BPF_MAP_TYPE_ARRAY); __type(key, __u32); __type(value, struct msg); __uint(max_entries, 1); } msgs SEC(".maps");
__noinline __u32 checksum(struct msg *m, __u32 len)
{
	__u32 s = 0;
	if (!m) return 0;
	for (__u32 i = 0; i < len && i < 64; i++)
		s += m->data[i];
	return s;
}
SEC("xdp") int prog(struct xdp_md *ctx)
{
	__u32 zero = 0;
	struct msg *m = bpf_map_lookup_elem(&msgs, &zero);
	if (!m) return XDP_PASS;
	return checksum(m, 64) & 1 ? XDP_DROP : XDP_PASS;
}
