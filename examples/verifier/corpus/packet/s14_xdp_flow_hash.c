/* SAFE: per-flow counters keyed by zero-initialized 5-tuple */
#include "common.h"
struct flow_key { __u32 saddr; __u32 daddr; __u16 sport; __u16 dport; __u8 proto; __u8 pad[3]; };
struct flow_val { __u64 packets; __u64 bytes; };
struct { __uint(type, BPF_MAP_TYPE_LRU_HASH); __type(key, struct flow_key); __type(value, struct flow_val); __uint(max_entries, 65536); } flows SEC(".maps");
SEC("xdp")
int xdp_flowmon(struct xdp_md *ctx)
{
	void *data = (void *)(long)ctx->data;
	void *data_end = (void *)(long)ctx->data_end;
	struct ethhdr *eth = data;
	struct flow_key key;
	__builtin_memset(&key, 0, sizeof(key));
	if ((void *)(eth + 1) > data_end)
		return XDP_PASS;
	if (eth->h_proto != bpf_htons(ETH_P_IP))
		return XDP_PASS;
	struct iphdr *iph = (void *)(eth + 1);
	if ((void *)(iph + 1) > data_end)
		return XDP_PASS;
	key.saddr = iph->saddr;
	key.daddr = iph->daddr;
	key.proto = iph->protocol;
	void *l4 = (void *)iph + (iph->ihl & 0xf) * 4;
	if (iph->protocol == IPPROTO_TCP || iph->protocol == IPPROTO_UDP) {
		struct udphdr *uh = l4; /* ports are at the same place in tcp and udp */
		if ((void *)(uh + 1) > data_end)
			return XDP_PASS;
		key.sport = uh->source;
		key.dport = uh->dest;
	}
	__u64 len = data_end - data;
	struct flow_val *v = bpf_map_lookup_elem(&flows, &key);
	if (v) {
		__sync_fetch_and_add(&v->packets, 1);
		__sync_fetch_and_add(&v->bytes, len);
	} else {
		struct flow_val nv = { 1, len };
		bpf_map_update_elem(&flows, &key, &nv, BPF_NOEXIST);
	}
	return XDP_PASS;
}
char LICENSE[] SEC("license") = "GPL";
