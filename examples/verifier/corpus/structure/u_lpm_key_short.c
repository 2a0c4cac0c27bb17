/* unsafe: LPM lookup passes only the address, without the prefixlen header (key_size 8) */
#include "common.h"
struct lpm_v4 { __u32 prefixlen; __u32 addr; };
struct { __uint(type, BPF_MAP_TYPE_LPM_TRIE); __type(key, struct lpm_v4); __type(value, __u32);
	__uint(map_flags, BPF_F_NO_PREALLOC); __uint(max_entries, 1024); } blocklist SEC(".maps");
SEC("xdp") int lpm_block(struct xdp_md *ctx)
{
	void *data = (void *)(long)ctx->data, *end = (void *)(long)ctx->data_end;
	struct ethhdr *eth = data;
	if ((void *)(eth + 1) > end) return XDP_PASS;
	struct iphdr *ip = (void *)(eth + 1);
	if ((void *)(ip + 1) > end) return XDP_PASS;
	__u32 *action = bpf_map_lookup_elem(&blocklist, &ip->daddr); /* key_size is 8: reads 4 bytes past the checked iphdr */
	if (action) return XDP_DROP;
	return XDP_PASS;
}
