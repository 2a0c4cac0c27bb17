/* SAFE: XDP action taken from a per-port config map (value not range-checked) */
#include "common.h"
struct { __uint(type, BPF_MAP_TYPE_HASH); __type(key, __u16); __type(value, __u32); __uint(max_entries, 1024); } port_action SEC(".maps");
SEC("xdp")
int xdp_port_fw(struct xdp_md *ctx)
{
	void *data = (void *)(long)ctx->data;
	void *data_end = (void *)(long)ctx->data_end;
	struct ethhdr *eth = data;
	struct iphdr *iph = (void *)(eth + 1);
	struct tcphdr *th = (void *)(iph + 1);
	if ((void *)(th + 1) > data_end)
		return XDP_PASS;
	if (eth->h_proto != bpf_htons(ETH_P_IP) || iph->protocol != IPPROTO_TCP)
		return XDP_PASS;
	__u16 port = bpf_ntohs(th->dest);
	__u32 *act = bpf_map_lookup_elem(&port_action, &port);
	if (!act)
		return XDP_PASS;
	return *act;
}
char LICENSE[] SEC("license") = "GPL";
