/* unsafe: global subprog takes void * (the kernel cannot size it from BTF) */
#include "common.h"
struct tbl { __u64 v[16]; };
struct { __uint(type, BPF_MAP_TYPE_ARRAY); __type(key, __u32); __type(value, struct tbl); __uint(max_entries, 1); } t SEC(".maps");
__noinline int first_byte(void *p)
{
	if (!p) return 0;
	return *(__u8 *)p;
}
SEC("xdp") int prog(struct xdp_md *ctx)
{
	__u32 zero = 0;
	struct tbl *p = bpf_map_lookup_elem(&t, &zero);
	if (!p) return XDP_PASS;
	return first_byte(p) ? XDP_DROP : XDP_PASS;
}
