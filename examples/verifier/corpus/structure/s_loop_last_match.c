/* safe (reduced from s_loop_while_break): 64-iteration loop remembering the last matching index, stored once after the loop */
#include "common.h"
struct path { char s[64]; };
struct { __uint(type, BPF_MAP_TYPE_ARRAY); __type(key, __u32); __type(value, struct path); __uint(max_entries, 1); } paths SEC(".maps");
__u32 last_slash;
SEC("xdp") int scan(struct xdp_md *ctx)
{
	__u32 zero = 0;
	struct path *p = bpf_map_lookup_elem(&paths, &zero);
	if (!p) return XDP_PASS;
	__u32 last = 0;
	for (__u32 i = 0; i < 64; i++)
		if (p->s[i] == '/') last = i;
	last_slash = last;
	return XDP_PASS;
}
