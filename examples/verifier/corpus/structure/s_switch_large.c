/* safe: large switch on the IP protocol selecting a counter slot (jump table / compare chain) */
#include "common.h"
struct { __uint(type, BPF_MAP_TYPE_ARRAY); __type(key, __u32); __type(value, __u64); __uint(max_entries, 16); } per_class SEC(".maps");
SEC("xdp") int classify(struct xdp_md *ctx)
{
	struct iphdr *ip = xdp_ip(ctx);
	if (!ip) return XDP_PASS;
	__u32 cls;
	switch (ip->protocol) {
	case IPPROTO_ICMP: cls = 1; break;
	case IPPROTO_IGMP: cls = 2; break;
	case IPPROTO_IPIP: cls = 3; break;
	case IPPROTO_TCP: cls = 4; break;
	case IPPROTO_EGP: cls = 5; break;
	case IPPROTO_PUP: cls = 6; break;
	case IPPROTO_UDP: cls = 7; break;
	case IPPROTO_IDP: cls = 8; break;
	case IPPROTO_TP: cls = 9; break;
	case IPPROTO_DCCP: cls = 10; break;
	case IPPROTO_IPV6: cls = 11; break;
	case IPPROTO_RSVP: cls = 12; break;
	case IPPROTO_GRE: cls = 13; break;
	case IPPROTO_ESP: cls = 14; break;
	case IPPROTO_AH: cls = 15; break;
	default: cls = 0; break;
	}
	__u64 *c = bpf_map_lookup_elem(&per_class, &cls);
	if (c) __sync_fetch_and_add(c, 1);
	return cls == 13 ? XDP_DROP : XDP_PASS;
}
