/* unsafe: switch computes an index into a 16-entry array in a map value; default case uses the raw protocol */
#include "common.h"
struct cls { __u64 c[16]; };
struct { __uint(type, BPF_MAP_TYPE_ARRAY); __type(key, __u32); __type(value, struct cls); __uint(max_entries, 1); } per_class SEC(".maps");
SEC("xdp") int classify(struct xdp_md *ctx)
{
	struct iphdr *ip = xdp_ip(ctx);
	if (!ip) return XDP_PASS;
	__u32 zero = 0;
	struct cls *t = bpf_map_lookup_elem(&per_class, &zero);
	if (!t) return XDP_PASS;
	__u32 idx;
	switch (ip->protocol) {
	case IPPROTO_ICMP: idx = 1; break;
	case IPPROTO_TCP: idx = 2; break;
	case IPPROTO_UDP: idx = 3; break;
	case IPPROTO_GRE: idx = 4; break;
	case IPPROTO_ESP: idx = 5; break;
	case IPPROTO_SCTP: idx = 6; break;
	default: idx = ip->protocol; break;  /* up to 255 */
	}
	t->c[idx]++;
	return XDP_PASS;
}
