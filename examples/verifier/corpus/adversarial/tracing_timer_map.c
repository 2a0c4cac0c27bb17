// A tracepoint using a map whose value holds a bpf_timer.
#include "common.h"
struct val { __u64 cnt; struct bpf_timer t; };
struct { __uint(type, BPF_MAP_TYPE_ARRAY); __uint(max_entries, 1); __type(key, __u32); __type(value, struct val); } tbl SEC(".maps");
SEC("tracepoint/syscalls/sys_enter_openat") int prog(void *ctx)
{
	__u32 k = 0;
	struct val *v = bpf_map_lookup_elem(&tbl, &k);
	if (v) v->cnt++;
	return 0;
}
LICENSE
