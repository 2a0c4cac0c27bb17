/* safe: variable bound masked with & 31, index masked inside */
#include "common.h"
struct ring { __u32 n; __u32 vals[32]; };
struct { __uint(type, BPF_MAP_TYPE_ARRAY); __type(key, __u32); __type(value, struct ring); __uint(max_entries, 1); } rings SEC(".maps");
SEC("kprobe/do_nanosleep") int sum_ring(struct pt_regs *ctx)
{
	__u32 zero = 0;
	struct ring *r = bpf_map_lookup_elem(&rings, &zero);
	if (!r) return 0;
	__u32 n = r->n & 31;
	__u64 sum = 0;
	for (__u32 i = 0; i < n; i++)
		sum += r->vals[i & 31];
	r->n = sum;
	return 0;
}
