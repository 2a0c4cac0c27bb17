/* unsafe: loop bound from a map value compared against the wrong constant (64 instead of 32) */
#include "common.h"
#define MIN(a, b) ((a) < (b) ? (a) : (b))
struct ring { __u32 n; __u32 vals[32]; };
struct { __uint(type, BPF_MAP_TYPE_ARRAY); __type(key, __u32); __type(value, struct ring); __uint(max_entries, 1); } rings SEC(".maps");
SEC("kprobe/do_nanosleep") int sum_ring(struct pt_regs *ctx)
{
	__u32 zero = 0;
	struct ring *r = bpf_map_lookup_elem(&rings, &zero);
	if (!r) return 0;
	__u32 n = MIN(r->n, 64);
	__u64 sum = 0;
	for (__u32 i = 0; i < n; i++)
		sum += r->vals[i];
	r->n = sum;
	return 0;
}
