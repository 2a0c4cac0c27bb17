// A kprobe may not use a map whose value holds a bpf_spin_lock ("tracing progs cannot use bpf_spin_lock yet").
#include "common.h"
struct val { struct bpf_spin_lock lock; __u32 cnt; };
struct { __uint(type, BPF_MAP_TYPE_HASH); __uint(max_entries, 16); __type(key, __u32); __type(value, struct val); } tbl SEC(".maps");
SEC("kprobe/do_sys_openat2") int prog(void *ctx)
{
	__u32 k = 0;
	struct val *v = bpf_map_lookup_elem(&tbl, &k);
	return v ? v->cnt : 0;
}
LICENSE
