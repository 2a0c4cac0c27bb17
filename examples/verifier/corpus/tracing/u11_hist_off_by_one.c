#include "common_tp.h"
struct sys_exit_args { __u64 common; __s32 nr; __u32 pad; __s64 ret; };
#define MAX_SLOTS 20
struct hist { __u64 slots[MAX_SLOTS]; };
struct { __uint(type, BPF_MAP_TYPE_ARRAY); __uint(max_entries, 1); __type(key, __u32); __type(value, struct hist); } hist SEC(".maps");

SEC("tracepoint/syscalls/sys_exit_read")
int read_size_hist(struct sys_exit_args *ctx)
{
	__u32 zero = 0;
	__u64 v = ctx->ret, slot = 0;
	struct hist *h;
	if (ctx->ret <= 0)
		return 0;
	for (int i = 0; i < 32 && v > 1; i++) {
		v >>= 1;
		slot++;
	}
	if (slot > MAX_SLOTS)	/* BUG: should be >= */
		slot = MAX_SLOTS;
	h = bpf_map_lookup_elem(&hist, &zero);
	if (h)
		__sync_fetch_and_add(&h->slots[slot], 1);
	return 0;
}
char LICENSE[] SEC("license") = "GPL";
