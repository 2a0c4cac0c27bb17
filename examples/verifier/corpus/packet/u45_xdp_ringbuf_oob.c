/* UNSAFE: ringbuf_output of IP+TCP headers from packet memory when only the IP header was checked */
#include "common.h"
struct { __uint(type, BPF_MAP_TYPE_RINGBUF); __uint(max_entries, 1 << 16); } events SEC(".maps");
SEC("xdp")
int xdp_log_oob(struct xdp_md *ctx)
{
	void *data = (void *)(long)ctx->data;
	void *data_end = (void *)(long)ctx->data_end;
	struct iphdr *iph = data + sizeof(struct ethhdr);
	if ((void *)(iph + 1) > data_end)
		return XDP_PASS;
	if (iph->protocol == IPPROTO_TCP)
		bpf_ringbuf_output(&events, iph, sizeof(*iph) + sizeof(struct tcphdr), 0);
	return XDP_PASS;
}
char LICENSE[] SEC("license") = "GPL";
