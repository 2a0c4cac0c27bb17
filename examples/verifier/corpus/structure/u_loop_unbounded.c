/* unsafe: loop over a linked list in a map with no iteration bound (verifier cannot prove termination) */
#include "common.h"
struct node { __u32 next; __u32 val; };
struct { __uint(type, BPF_MAP_TYPE_ARRAY); __type(key, __u32); __type(value, struct node); __uint(max_entries, 64); } nodes SEC(".maps");
SEC("kprobe/do_nanosleep") int walk(struct pt_regs *ctx)
{
	__u32 k = 0;
	__u64 sum = 0;
	while (1) {
		struct node *n = bpf_map_lookup_elem(&nodes, &k);
		if (!n) break;
		sum += n->val;
		k = n->next;
	}
	bpf_printk("%llu", sum);
	return 0;
}
