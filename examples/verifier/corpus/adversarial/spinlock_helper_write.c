// a helper (bpf_probe_read_kernel) writes over the whole value including its bpf_spin_lock
#include "common.h"
struct val { struct bpf_spin_lock lock; __u32 cnt; };
struct { __uint(type, BPF_MAP_TYPE_ARRAY); __uint(max_entries, 1); __type(key, __u32); __type(value, struct val); } tbl SEC(".maps");
SEC("kprobe/do_sys_openat2") int prog(void *ctx)
{
	__u32 k = 0;
	struct val *v = bpf_map_lookup_elem(&tbl, &k);
	if (!v) return 0;
	bpf_probe_read_kernel(v, sizeof(*v), ctx);
	return 0;
}
LICENSE
