#include "common_tp.h"
struct sys_exit_args { __u64 common; __s32 nr; __u32 pad; __s64 ret; };
#define NBUCKETS 64
struct hist { __u64 b[NBUCKETS]; };
struct { __uint(type, BPF_MAP_TYPE_ARRAY); __uint(max_entries, 1); __type(key, __u32); __type(value, struct hist); } h SEC(".maps");

SEC("tracepoint/syscalls/sys_exit_read")
int sum(struct sys_exit_args *ctx)
{
	__u32 zero = 0;
	__u64 n = ctx->ret, total = 0;
	struct hist *hp = bpf_map_lookup_elem(&h, &zero);
	if (!hp)
		return 0;
	/* BUG: loop bound comes from the syscall result, not a constant */
	for (__u64 i = 0; i < n; i++)
		total += hp->b[i & (NBUCKETS - 1)];
	bpf_printk("total %llu", total);
	return 0;
}
char LICENSE[] SEC("license") = "GPL";
