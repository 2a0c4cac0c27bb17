/* unsafe: lookup result dereferenced without NULL check on the "already seen" path */
#include "common.h"
struct { __uint(type, BPF_MAP_TYPE_HASH); __type(key, __u32); __type(value, __u64); __uint(max_entries, 4096); } src_cnt SEC(".maps");
SEC("xdp") int count_src(struct xdp_md *ctx)
{
	struct iphdr *ip = xdp_ip(ctx);
	if (!ip) return XDP_PASS;
	__u32 saddr = ip->saddr;
	__u64 one = 1;
	bpf_map_update_elem(&src_cnt, &saddr, &one, BPF_NOEXIST);
	__u64 *v = bpf_map_lookup_elem(&src_cnt, &saddr);
	__sync_fetch_and_add(v, 1);   /* "we just inserted it" - but the map may be full */
	return XDP_PASS;
}
