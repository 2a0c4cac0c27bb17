/* socket filter using legacy load_byte/load_half (LD_ABS) inside a bpf-to-bpf subprogram (samples/bpf sockex style) */
#include "common.h"
unsigned long long load_byte(void *skb, unsigned long long off) asm("llvm.bpf.load.byte");
unsigned long long load_half(void *skb, unsigned long long off) asm("llvm.bpf.load.half");
struct { __uint(type, BPF_MAP_TYPE_ARRAY); __type(key, __u32); __type(value, __u64); __uint(max_entries, 256); } cnt SEC(".maps");
static __noinline int ip_proto(struct __sk_buff *skb)
{
	if (load_half(skb, offsetof(struct ethhdr, h_proto)) != ETH_P_IP) return -1;
	return load_byte(skb, ETH_HLEN + offsetof(struct iphdr, protocol));
}
SEC("socket") int sockex(struct __sk_buff *skb)
{
	int p = ip_proto(skb);
	if (p < 0) return 0;
	__u32 k = p & 255;
	__u64 *v = bpf_map_lookup_elem(&cnt, &k);
	if (v) __sync_fetch_and_add(v, skb->len);
	return 0;
}
