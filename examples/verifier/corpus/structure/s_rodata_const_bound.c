/* safe: skeleton knob (const volatile in .rodata) used as a loop/index bound; the kernel reads frozen .rodata as constants */
#include "common.h"
const volatile __u32 nslots = 16;
const volatile _Bool use_hist = 1;
struct tbl { __u64 v[16]; };
struct { __uint(type, BPF_MAP_TYPE_ARRAY); __type(key, __u32); __type(value, struct tbl); __uint(max_entries, 1); } t SEC(".maps");
SEC("tracepoint/syscalls/sys_enter_write") int on_write(struct sys_enter_write_ctx *ctx)
{
	if (!use_hist) return 0;
	__u32 zero = 0;
	struct tbl *p = bpf_map_lookup_elem(&t, &zero);
	if (!p) return 0;
	__u32 i = ctx->fd;
	if (i < nslots)
		p->v[i]++;
	return 0;
}
