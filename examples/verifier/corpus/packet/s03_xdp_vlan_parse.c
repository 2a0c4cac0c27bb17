/* SAFE: bounded loop over up to 2 VLAN tags (xdp-tutorial parse_ethhdr_vlan) */
#include "common.h"
#define VLAN_MAX_DEPTH 2
struct { __uint(type, BPF_MAP_TYPE_PERCPU_ARRAY); __type(key, __u32); __type(value, __u64); __uint(max_entries, 4096); } vlan_cnt SEC(".maps");
static __always_inline int proto_is_vlan(__u16 h_proto)
{
	return !!(h_proto == bpf_htons(ETH_P_8021Q) || h_proto == bpf_htons(ETH_P_8021AD));
}
SEC("xdp")
int xdp_vlan(struct xdp_md *ctx)
{
	void *data = (void *)(long)ctx->data;
	void *data_end = (void *)(long)ctx->data_end;
	struct ethhdr *eth = data;
	void *pos = data;
	__u32 vid = 0;
	if ((void *)(eth + 1) > data_end)
		return XDP_DROP;
	pos = eth + 1;
	__u16 h_proto = eth->h_proto;
	struct vlan_hdr *vlh = pos;
#pragma unroll
	for (int i = 0; i < VLAN_MAX_DEPTH; i++) {
		if (!proto_is_vlan(h_proto))
			break;
		if ((void *)(vlh + 1) > data_end)
			break;
		h_proto = vlh->h_vlan_encapsulated_proto;
		vid = bpf_ntohs(vlh->h_vlan_TCI) & 0x0fff;
		vlh++;
	}
	__u64 *c = bpf_map_lookup_elem(&vlan_cnt, &vid);
	if (c)
		*c += 1;
	return XDP_PASS;
}
char LICENSE[] SEC("license") = "GPL";
