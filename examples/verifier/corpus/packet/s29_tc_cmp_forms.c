/* SAFE: bounds checks written in several equivalent comparison forms */
#include "common.h"
SEC("tc")
int tc_cmp_forms(struct __sk_buff *skb)
{
	void *data = (void *)(long)skb->data;
	void *data_end = (void *)(long)skb->data_end;
	struct ethhdr *eth = data;
	if (data_end < (void *)(eth + 1))
		return TC_ACT_OK;
	struct iphdr *iph = (void *)(eth + 1);
	if (!((void *)(iph + 1) <= data_end))
		return TC_ACT_OK;
	struct udphdr *uh = (void *)(iph + 1);
	if (data_end >= (void *)(uh + 1)) {
		if (uh->dest == bpf_htons(4789) && iph->protocol == IPPROTO_UDP)
			skb->mark = 0x4789;
	}
	__u8 *b = (void *)(uh + 1);
	if ((void *)(b + 8) < data_end && eth->h_proto == bpf_htons(ETH_P_IP))
		skb->priority = b[7]; /* b+8 < end implies b[0..8] readable */
	return TC_ACT_OK;
}
char LICENSE[] SEC("license") = "GPL";
