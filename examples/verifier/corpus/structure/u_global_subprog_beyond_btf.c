/* unsafe: global subprog's argument type is a 16-byte header, but it indexes past it (caller passes a bigger map value) */
#include "common.h"
struct hdr { __u32 len; __u32 kind; __u64 seq; };
struct msg { struct hdr h; __u8 body[240]; };
struct { __uint(type, BPF_MAP_TYPE_ARRAY); __type(key, __u32); __type(value, struct msg); __uint(max_entries, 1); } msgs SEC(".maps");
__noinline int body_byte(struct hdr *h, __u32 i)
{
	if (!h || i >= 240) return 0;
	return ((__u8 *)(h + 1))[i];
}
SEC("xdp") int prog(struct xdp_md *ctx)
{
	__u32 zero = 0;
	struct msg *m = bpf_map_lookup_elem(&msgs, &zero);
	if (!m) return XDP_PASS;
	return body_byte(&m->h, ctx->rx_queue_index) ? XDP_DROP : XDP_PASS;
}
