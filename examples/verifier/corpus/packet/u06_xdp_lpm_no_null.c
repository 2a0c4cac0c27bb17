/* UNSAFE: LPM trie lookup result used without NULL check */
#include "common.h"
struct lpm_key { __u32 prefixlen; __u32 addr; };
struct { __uint(type, BPF_MAP_TYPE_LPM_TRIE); __type(key, struct lpm_key); __type(value, __u32); __uint(max_entries, 1024); __uint(map_flags, BPF_F_NO_PREALLOC); } routes SEC(".maps");
SEC("xdp")
int xdp_lpm_nonull(struct xdp_md *ctx)
{
	void *data = (void *)(long)ctx->data;
	void *data_end = (void *)(long)ctx->data_end;
	struct iphdr *iph = data + sizeof(struct ethhdr);
	if ((void *)(iph + 1) > data_end)
		return XDP_PASS;
	struct lpm_key key = { 32, iph->daddr };
	__u32 *action = bpf_map_lookup_elem(&routes, &key);
	return *action == 1 ? XDP_DROP : XDP_PASS;
}
char LICENSE[] SEC("license") = "GPL";
