// safe twin: loop bound from a map value masked with & 15
#include "common.h"
struct { __uint(type, BPF_MAP_TYPE_ARRAY); __uint(max_entries, 1); __type(key, __u32); __type(value, __u32); } cfg SEC(".maps");
SEC("tracepoint/syscalls/sys_enter_read") int prog(void *ctx)
{
	__u32 k = 0, sum = 0;
	__u32 *n = bpf_map_lookup_elem(&cfg, &k);
	if (!n) return 0;
	__u32 lim = *n & 15;
	for (__u32 i = 0; i < lim; i++)
		sum += bpf_get_prandom_u32() & i;
	return sum;
}
LICENSE
