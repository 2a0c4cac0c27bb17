/* UNSAFE: bpf_map_peek_elem/pop_elem writing into packet memory (no pkt_access, unlike push) */
#include "common.h"
struct { __uint(type, BPF_MAP_TYPE_QUEUE); __type(value, __u32); __uint(max_entries, 1024); } q SEC(".maps");
SEC("xdp")
int xdp_pop_pkt(struct xdp_md *ctx)
{
	void *data = (void *)(long)ctx->data;
	void *data_end = (void *)(long)ctx->data_end;
	struct iphdr *iph = data + sizeof(struct ethhdr);
	if ((void *)(iph + 1) > data_end)
		return XDP_PASS;
	bpf_map_peek_elem(&q, &iph->daddr);
	bpf_map_pop_elem(&q, &iph->saddr);
	return XDP_PASS;
}
char LICENSE[] SEC("license") = "GPL";
