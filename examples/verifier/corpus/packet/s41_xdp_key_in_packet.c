/* SAFE: map lookup/update with the key pointing straight into the packet (map helpers have pkt_access) */
#include "common.h"
struct { __uint(type, BPF_MAP_TYPE_HASH); __type(key, __u32); __type(value, __u64); __uint(max_entries, 4096); } src_seen SEC(".maps");
SEC("xdp")
int xdp_key_pkt(struct xdp_md *ctx)
{
	void *data = (void *)(long)ctx->data;
	void *data_end = (void *)(long)ctx->data_end;
	struct iphdr *iph = data + sizeof(struct ethhdr);
	if ((void *)(iph + 1) > data_end)
		return XDP_PASS;
	__u64 *v = bpf_map_lookup_elem(&src_seen, &iph->saddr);
	if (v) {
		__sync_fetch_and_add(v, 1);
		return XDP_PASS;
	}
	__u64 one = 1;
	bpf_map_update_elem(&src_seen, &iph->saddr, &one, BPF_NOEXIST);
	return XDP_PASS;
}
char LICENSE[] SEC("license") = "GPL";
