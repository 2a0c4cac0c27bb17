// The global function indexes a map value with its argument; it is verified for any argument value,
// so the kernel rejects it even though the only caller passes a constant.
#include "common.h"
struct val { __u64 slot[8]; };
struct { __uint(type, BPF_MAP_TYPE_ARRAY); __uint(max_entries, 1); __type(key, __u32); __type(value, struct val); } tbl SEC(".maps");
__attribute__((noinline)) int bump(__u32 i)
{
	__u32 k = 0;
	struct val *v = bpf_map_lookup_elem(&tbl, &k);
	if (!v)
		return 0;
	v->slot[i]++;
	return 1;
}
SEC("kprobe/do_unlinkat") int prog(void *ctx)
{
	return bump(3);
}
LICENSE
