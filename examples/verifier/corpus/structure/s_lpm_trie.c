/* safe: IPv4 prefix blocklist in an LPM_TRIE */
#include "common.h"
struct lpm_v4 { __u32 prefixlen; __u32 addr; };
struct { __uint(type, BPF_MAP_TYPE_LPM_TRIE); __type(key, struct lpm_v4); __type(value, __u32);
	__uint(map_flags, BPF_F_NO_PREALLOC); __uint(max_entries, 1024); } blocklist SEC(".maps");
SEC("xdp") int lpm_block(struct xdp_md *ctx)
{
	struct iphdr *ip = xdp_ip(ctx);
	if (!ip) return XDP_PASS;
	struct lpm_v4 key = { .prefixlen = 32, .addr = ip->saddr };
	__u32 *action = bpf_map_lookup_elem(&blocklist, &key);
	if (action && *action == 1) return XDP_DROP;
	return XDP_PASS;
}
