// LPM trie declared without BPF_F_NO_PREALLOC: map creation fails (EINVAL), the object never loads.
#include "common.h"
struct key4 { __u32 prefixlen; __u32 addr; };
struct { __uint(type, BPF_MAP_TYPE_LPM_TRIE); __uint(max_entries, 64); __type(key, struct key4); __type(value, __u32); } allow SEC(".maps");
SEC("xdp") int prog(struct xdp_md *ctx)
{
	struct key4 k = { .prefixlen = 32, .addr = ctx->rx_queue_index };
	return bpf_map_lookup_elem(&allow, &k) ? XDP_PASS : XDP_DROP;
}
LICENSE
