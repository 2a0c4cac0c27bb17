#include "common_tp.h"
/* BUG: a 300000-iteration bounded loop exceeds the 1M processed-instruction budget */
struct sys_enter_args { __u64 unused; long nr; unsigned long args[6]; };
struct { __uint(type, BPF_MAP_TYPE_ARRAY); __uint(max_entries, 1); __type(key, __u32); __type(value, __u64); } out SEC(".maps");

SEC("tracepoint/syscalls/sys_enter_getpid")
int spin(struct sys_enter_args *ctx)
{
	__u64 h = ctx->nr, *v;
	__u32 zero = 0;
#pragma clang loop unroll(disable)
	for (__u32 i = 0; i < 300000; i++)
		h = h * 31 + i;
	v = bpf_map_lookup_elem(&out, &zero);
	if (v)
		*v = h;
	return 0;
}
char LICENSE[] SEC("license") = "GPL";
