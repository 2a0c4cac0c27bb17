/* safe: static noinline helpers taking pointers to stack, ctx and a map value */
#include "common.h"
struct flow { __u32 saddr, daddr; __u8 proto; __u8 pad[3]; };
struct counters { __u64 pkts; __u64 bytes; __u64 by_proto[8]; };
struct { __uint(type, BPF_MAP_TYPE_HASH); __type(key, struct flow); __type(value, struct counters); __uint(max_entries, 1024); } flows SEC(".maps");
static __noinline int fill_flow(struct xdp_md *ctx, struct flow *f)
{
	void *data = (void *)(long)ctx->data, *end = (void *)(long)ctx->data_end;
	struct ethhdr *eth = data;
	if ((void *)(eth + 1) > end) return -1;
	struct iphdr *ip = (void *)(eth + 1);
	if ((void *)(ip + 1) > end) return -1;
	f->saddr = ip->saddr; f->daddr = ip->daddr; f->proto = ip->protocol;
	return 0;
}
static __noinline void account(struct counters *c, __u32 proto, __u64 len)
{
	c->pkts++;
	c->bytes += len;
	c->by_proto[proto & 7]++;
}
SEC("xdp") int flows_prog(struct xdp_md *ctx)
{
	struct flow f = {};
	if (fill_flow(ctx, &f) < 0) return XDP_PASS;
	struct counters *c = bpf_map_lookup_elem(&flows, &f);
	if (!c) {
		struct counters z = {};
		bpf_map_update_elem(&flows, &f, &z, BPF_NOEXIST);
		c = bpf_map_lookup_elem(&flows, &f);
		if (!c) return XDP_PASS;
	}
	account(c, f.proto, ctx->data_end - ctx->data);
	return XDP_PASS;
}
