/* SAFE: XDP DNS filter: walk the query name byte by byte (up to 128 bytes) and hash it */
#include "common.h"
#define MAX_QNAME 128
struct dnshdr { __u16 id, flags, qd, an, ns, ar; };
struct { __uint(type, BPF_MAP_TYPE_HASH); __type(key, __u32); __type(value, __u8); __uint(max_entries, 1024); } blocked SEC(".maps");
SEC("xdp")
int xdp_dns(struct xdp_md *ctx)
{
	void *data = (void *)(long)ctx->data;
	void *data_end = (void *)(long)ctx->data_end;
	struct ethhdr *eth = data;
	struct iphdr *iph = (void *)(eth + 1);
	struct udphdr *uh = (void *)(iph + 1);
	struct dnshdr *dns = (void *)(uh + 1);
	if ((void *)(dns + 1) > data_end)
		return XDP_PASS;
	if (eth->h_proto != bpf_htons(ETH_P_IP) || iph->ihl != 5 || iph->protocol != IPPROTO_UDP ||
	    uh->dest != bpf_htons(53))
		return XDP_PASS;
	__u8 *q = (__u8 *)(dns + 1);
	__u32 h = 5381;
	for (int i = 0; i < MAX_QNAME; i++) {
		if ((void *)(q + i + 1) > data_end)
			return XDP_PASS;
		__u8 c = q[i];
		if (c == 0)
			break;
		if (c >= 'A' && c <= 'Z')
			c += 32;
		h = h * 33 + c;
	}
	if (bpf_map_lookup_elem(&blocked, &h))
		return XDP_DROP;
	return XDP_PASS;
}
char LICENSE[] SEC("license") = "GPL";
