/* SAFE as root: 5-tuple key with uninitialised padding (allow_uninit_stack for CAP_PERFMON) */
#include "common.h"
struct flow_key { __u32 saddr; __u32 daddr; __u16 sport; __u16 dport; __u8 proto; };
struct { __uint(type, BPF_MAP_TYPE_HASH); __type(key, struct flow_key); __type(value, __u64); __uint(max_entries, 4096); } pkts SEC(".maps");
SEC("xdp")
int xdp_flow_pad(struct xdp_md *ctx)
{
	void *data = (void *)(long)ctx->data;
	void *data_end = (void *)(long)ctx->data_end;
	struct ethhdr *eth = data;
	struct iphdr *iph = (void *)(eth + 1);
	struct udphdr *uh = (void *)(iph + 1);
	if ((void *)(uh + 1) > data_end)
		return XDP_PASS;
	struct flow_key key;
	key.saddr = iph->saddr;
	key.daddr = iph->daddr;
	key.sport = uh->source;
	key.dport = uh->dest;
	key.proto = iph->protocol;
	__u64 *v = bpf_map_lookup_elem(&pkts, &key);
	if (v)
		__sync_fetch_and_add(v, 1);
	return XDP_PASS;
}
char LICENSE[] SEC("license") = "GPL";
