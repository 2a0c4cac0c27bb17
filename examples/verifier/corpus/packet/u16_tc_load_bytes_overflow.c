/* UNSAFE: bpf_skb_load_bytes length up to 63 into a 32-byte stack buffer */
#include "common.h"
struct { __uint(type, BPF_MAP_TYPE_ARRAY); __type(key, __u32); __type(value, __u64); __uint(max_entries, 1); } sum SEC(".maps");
SEC("tc")
int tc_payload(struct __sk_buff *skb)
{
	__u8 buf[32];
	__u32 len = skb->len & 0x3f;
	if (len == 0)
		return TC_ACT_OK;
	if (bpf_skb_load_bytes(skb, 0, buf, len) < 0)
		return TC_ACT_OK;
	__u32 k = 0;
	__u64 *s = bpf_map_lookup_elem(&sum, &k);
	if (s)
		*s += buf[0];
	return TC_ACT_OK;
}
char LICENSE[] SEC("license") = "GPL";
