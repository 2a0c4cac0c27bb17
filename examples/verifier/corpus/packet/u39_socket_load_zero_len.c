/* UNSAFE: bpf_skb_load_bytes length may be zero (len & 0xf without a len==0 check) */
#include "common.h"
struct { __uint(type, BPF_MAP_TYPE_ARRAY); __type(key, __u32); __type(value, __u8); __uint(max_entries, 1); } first SEC(".maps");
SEC("socket")
int sock_zero(struct __sk_buff *skb)
{
	__u8 buf[16];
	__u32 n = skb->len & 0xf;
	if (bpf_skb_load_bytes(skb, 0, buf, n) < 0)
		return 0;
	__u32 k = 0;
	bpf_map_update_elem(&first, &k, &buf[0], BPF_ANY);
	return skb->len;
}
char LICENSE[] SEC("license") = "GPL";
