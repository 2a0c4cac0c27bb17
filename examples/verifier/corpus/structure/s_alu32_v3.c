/* safe (-mcpu=v3): 32-bit arithmetic: jhash-like mixing, index taken with a 32-bit mask */
#include "common.h"
struct tbl { __u32 slots[64]; };
struct { __uint(type, BPF_MAP_TYPE_ARRAY); __type(key, __u32); __type(value, struct tbl); __uint(max_entries, 1); } t SEC(".maps");
static __always_inline __u32 rol32(__u32 w, unsigned s) { return (w << s) | (w >> (32 - s)); }
SEC("xdp") int mix(struct xdp_md *ctx)
{
	struct iphdr *ip = xdp_ip(ctx);
	if (!ip) return XDP_PASS;
	__u32 a = ip->saddr, b = ip->daddr, c = 0xdeadbeef + ip->protocol;
	c ^= b; c -= rol32(b, 14);
	a ^= c; a -= rol32(c, 11);
	b ^= a; b -= rol32(a, 25);
	__u32 zero = 0;
	struct tbl *p = bpf_map_lookup_elem(&t, &zero);
	if (!p) return XDP_PASS;
	__u32 h = (a + b + c) & 63;
	if (h < 64) p->slots[h]++;
	p->slots[(b >> 3) & 63] += 1;
	return XDP_PASS;
}
