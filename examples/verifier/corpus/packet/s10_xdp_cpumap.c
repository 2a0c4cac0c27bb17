/* SAFE: spread flows over CPUs with CPUMAP, hash on IPv4 saddr */
#include "common.h"
struct { __uint(type, BPF_MAP_TYPE_CPUMAP); __type(key, __u32); __type(value, struct bpf_cpumap_val); __uint(max_entries, 16); } cpu_map SEC(".maps");
struct { __uint(type, BPF_MAP_TYPE_ARRAY); __type(key, __u32); __type(value, __u32); __uint(max_entries, 1); } cpus_count SEC(".maps");
SEC("xdp")
int xdp_cpumap_hash(struct xdp_md *ctx)
{
	void *data = (void *)(long)ctx->data;
	void *data_end = (void *)(long)ctx->data_end;
	struct ethhdr *eth = data;
	__u32 key0 = 0, cpu = 0;
	if ((void *)(eth + 1) > data_end)
		return XDP_PASS;
	if (eth->h_proto == bpf_htons(ETH_P_IP)) {
		struct iphdr *iph = (void *)(eth + 1);
		if ((void *)(iph + 1) > data_end)
			return XDP_PASS;
		cpu = iph->saddr ^ iph->daddr;
	}
	__u32 *n = bpf_map_lookup_elem(&cpus_count, &key0);
	if (!n || *n == 0)
		return XDP_PASS;
	cpu %= *n;
	return bpf_redirect_map(&cpu_map, cpu, XDP_PASS);
}
char LICENSE[] SEC("license") = "GPL";
