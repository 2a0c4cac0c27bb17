/* UNSAFE: per-CPU counter lookup result dereferenced without a NULL check */
#include "common.h"
struct { __uint(type, BPF_MAP_TYPE_PERCPU_ARRAY); __type(key, __u32); __type(value, __u64); __uint(max_entries, 256); } cnt SEC(".maps");
SEC("xdp")
int xdp_nonull(struct xdp_md *ctx)
{
	void *data = (void *)(long)ctx->data;
	void *data_end = (void *)(long)ctx->data_end;
	struct ethhdr *eth = data;
	struct iphdr *iph = (void *)(eth + 1);
	if ((void *)(iph + 1) > data_end)
		return XDP_PASS;
	__u32 key = iph->protocol;
	__u64 *v = bpf_map_lookup_elem(&cnt, &key);
	*v += 1;
	return XDP_PASS;
}
char LICENSE[] SEC("license") = "GPL";
