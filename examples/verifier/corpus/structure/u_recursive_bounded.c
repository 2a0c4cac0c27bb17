/* unsafe: recursive static function (depth argument keeps it at 3 levels, but the kernel rejects any recursion in the call graph) */
#include "common.h"
struct node { __u32 left, right, val, pad; };
struct { __uint(type, BPF_MAP_TYPE_ARRAY); __type(key, __u32); __type(value, struct node); __uint(max_entries, 64); } tree SEC(".maps");
static __noinline __u64 sum_tree(__u32 idx, int depth)
{
	if (depth <= 0) return 0;
	struct node *n = bpf_map_lookup_elem(&tree, &idx);
	if (!n) return 0;
	return n->val + sum_tree(n->left, depth - 1);
}
SEC("xdp") int prog(struct xdp_md *ctx)
{
	return sum_tree(0, 2) > 100 ? XDP_DROP : XDP_PASS;
}
