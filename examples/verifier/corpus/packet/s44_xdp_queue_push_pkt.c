/* SAFE: bpf_map_push_elem of a value in packet memory (push has pkt_access) */
#include "common.h"
struct { __uint(type, BPF_MAP_TYPE_QUEUE); __type(value, __u32); __uint(max_entries, 1024); } srcq SEC(".maps");
SEC("xdp")
int xdp_push_pkt(struct xdp_md *ctx)
{
	void *data = (void *)(long)ctx->data;
	void *data_end = (void *)(long)ctx->data_end;
	struct iphdr *iph = data + sizeof(struct ethhdr);
	if ((void *)(iph + 1) > data_end)
		return XDP_PASS;
	bpf_map_push_elem(&srcq, &iph->saddr, 0);
	return XDP_PASS;
}
char LICENSE[] SEC("license") = "GPL";
