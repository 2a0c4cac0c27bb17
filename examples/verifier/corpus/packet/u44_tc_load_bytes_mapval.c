/* UNSAFE: bpf_skb_load_bytes copies 40 bytes (IP+TCP) into a 32-byte map value */
#include "common.h"
struct rec { __u8 hdr[32]; };
struct { __uint(type, BPF_MAP_TYPE_ARRAY); __type(key, __u32); __type(value, struct rec); __uint(max_entries, 1); } last_hdr SEC(".maps");
SEC("tc")
int tc_copy_hdr(struct __sk_buff *skb)
{
	__u32 k = 0;
	struct rec *r = bpf_map_lookup_elem(&last_hdr, &k);
	if (!r)
		return TC_ACT_OK;
	bpf_skb_load_bytes(skb, ETH_HLEN, r->hdr, sizeof(struct iphdr) + sizeof(struct tcphdr));
	return TC_ACT_OK;
}
char LICENSE[] SEC("license") = "GPL";
