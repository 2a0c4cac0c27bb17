/* unsafe: same scan, but the bound check is i > sizeof (reads s[64], the first byte past the array ... and past the value) */
#include "common.h"
struct path { char s[64]; };
struct { __uint(type, BPF_MAP_TYPE_ARRAY); __type(key, __u32); __type(value, struct path); __uint(max_entries, 1); } paths SEC(".maps");
__u32 last_slash;
SEC("tracepoint/syscalls/sys_enter_write") int scan(struct sys_enter_write_ctx *ctx)
{
	__u32 zero = 0;
	struct path *p = bpf_map_lookup_elem(&paths, &zero);
	if (!p) return 0;
	__u32 i = 0, last = 0;
	while (1) {
		if (i > sizeof(p->s)) break;
		char c = p->s[i];
		if (!c) break;
		if (c == '/') last = i;
		i++;
	}
	last_slash = last;
	return 0;
}
