/* UNSAFE: bpf_ringbuf_output straight from packet memory (ringbuf_output has no pkt_access: "helper access to the packet is not allowed") */
#include "common.h"
struct { __uint(type, BPF_MAP_TYPE_RINGBUF); __uint(max_entries, 1 << 16); } events SEC(".maps");
SEC("xdp")
int xdp_syn_log(struct xdp_md *ctx)
{
	void *data = (void *)(long)ctx->data;
	void *data_end = (void *)(long)ctx->data_end;
	struct ethhdr *eth = data;
	struct iphdr *iph = (void *)(eth + 1);
	struct tcphdr *th = (void *)(iph + 1);
	if ((void *)(th + 1) > data_end)
		return XDP_PASS;
	if (iph->protocol == IPPROTO_TCP && th->syn && !th->ack)
		bpf_ringbuf_output(&events, iph, sizeof(*iph) + sizeof(*th), 0);
	return XDP_PASS;
}
char LICENSE[] SEC("license") = "GPL";
