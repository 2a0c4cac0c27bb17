/* SAFE: bounded loop skipping IPv6 extension headers to find L4 */
#include "common.h"
#define MAX_EXT 8
struct ipv6_opt_hdr_ { __u8 nexthdr; __u8 hdrlen; };
struct { __uint(type, BPF_MAP_TYPE_PERCPU_ARRAY); __type(key, __u32); __type(value, __u64); __uint(max_entries, 256); } l4_cnt SEC(".maps");
SEC("xdp")
int xdp_ipv6_ext(struct xdp_md *ctx)
{
	void *data = (void *)(long)ctx->data;
	void *data_end = (void *)(long)ctx->data_end;
	struct ethhdr *eth = data;
	if ((void *)(eth + 1) > data_end)
		return XDP_PASS;
	if (eth->h_proto != bpf_htons(ETH_P_IPV6))
		return XDP_PASS;
	struct ipv6hdr *ip6 = (void *)(eth + 1);
	if ((void *)(ip6 + 1) > data_end)
		return XDP_PASS;
	void *pos = ip6 + 1;
	__u8 nexthdr = ip6->nexthdr;
	for (int i = 0; i < MAX_EXT; i++) {
		struct ipv6_opt_hdr_ *oh = pos;
		if (nexthdr != IPPROTO_HOPOPTS && nexthdr != IPPROTO_ROUTING &&
		    nexthdr != IPPROTO_DSTOPTS)
			break;
		if ((void *)(oh + 1) > data_end)
			return XDP_PASS;
		nexthdr = oh->nexthdr;
		pos += (oh->hdrlen + 1) * 8;
	}
	__u32 key = nexthdr;
	__u64 *v = bpf_map_lookup_elem(&l4_cnt, &key);
	if (v)
		(*v)++;
	return XDP_PASS;
}
char LICENSE[] SEC("license") = "GPL";
