/* SAFE: bounded loop over TCP options looking for MSS (kind 2) */
#include "common.h"
struct { __uint(type, BPF_MAP_TYPE_ARRAY); __type(key, __u32); __type(value, __u32); __uint(max_entries, 1); } last_mss SEC(".maps");
SEC("xdp")
int xdp_tcp_mss(struct xdp_md *ctx)
{
	void *data = (void *)(long)ctx->data;
	void *data_end = (void *)(long)ctx->data_end;
	struct ethhdr *eth = data;
	if ((void *)(eth + 1) > data_end)
		return XDP_PASS;
	if (eth->h_proto != bpf_htons(ETH_P_IP))
		return XDP_PASS;
	struct iphdr *iph = (void *)(eth + 1);
	if ((void *)(iph + 1) > data_end)
		return XDP_PASS;
	if (iph->protocol != IPPROTO_TCP || iph->ihl != 5)
		return XDP_PASS;
	struct tcphdr *tcp = (void *)(iph + 1);
	if ((void *)(tcp + 1) > data_end)
		return XDP_PASS;
	if (!tcp->syn)
		return XDP_PASS;
	__u8 *opt = (__u8 *)(tcp + 1);
	__u32 optlen = tcp->doff * 4;
	if (optlen <= sizeof(*tcp))
		return XDP_PASS;
	optlen -= sizeof(*tcp);
	__u32 off = 0;
	for (int i = 0; i < 10; i++) {
		if (off >= optlen || off > 40)
			break;
		__u8 *p = opt + off;
		if ((void *)(p + 1) > data_end)
			break;
		__u8 kind = p[0];
		if (kind == 0)
			break;
		if (kind == 1) {
			off++;
			continue;
		}
		if ((void *)(p + 2) > data_end)
			break;
		__u8 len = p[1];
		if (kind == 2 && len == 4) {
			if ((void *)(p + 4) > data_end)
				break;
			__u32 mss = (p[2] << 8) | p[3];
			__u32 k = 0;
			bpf_map_update_elem(&last_mss, &k, &mss, BPF_ANY);
			break;
		}
		if (len < 2)
			break;
		off += len;
	}
	return XDP_PASS;
}
char LICENSE[] SEC("license") = "GPL";
