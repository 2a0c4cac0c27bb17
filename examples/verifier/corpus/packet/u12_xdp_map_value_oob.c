/* UNSAFE: histogram bucket index from packet TTL indexes past the 32-slot map value */
#include "common.h"
struct hist { __u64 slot[32]; };
struct { __uint(type, BPF_MAP_TYPE_PERCPU_ARRAY); __type(key, __u32); __type(value, struct hist); __uint(max_entries, 1); } ttl_hist SEC(".maps");
SEC("xdp")
int xdp_ttl_hist(struct xdp_md *ctx)
{
	void *data = (void *)(long)ctx->data;
	void *data_end = (void *)(long)ctx->data_end;
	struct iphdr *iph = data + sizeof(struct ethhdr);
	__u32 k = 0;
	if ((void *)(iph + 1) > data_end)
		return XDP_PASS;
	struct hist *h = bpf_map_lookup_elem(&ttl_hist, &k);
	if (!h)
		return XDP_PASS;
	__u32 b = iph->ttl >> 2; /* 0..63, but only 32 slots */
	h->slot[b]++;
	return XDP_PASS;
}
char LICENSE[] SEC("license") = "GPL";
