/* unsafe: pushes a 4-byte stack value into a queue whose value_size is 8 */
#include "common.h"
struct { __uint(type, BPF_MAP_TYPE_QUEUE); __type(value, __u64); __uint(max_entries, 128); } recent SEC(".maps");
SEC("xdp") int qs(struct xdp_md *ctx)
{
	struct iphdr *ip = xdp_ip(ctx);
	if (!ip) return XDP_PASS;
	__u32 s = ip->saddr;
	bpf_map_push_elem(&recent, &s, BPF_EXIST);
	return XDP_PASS;
}
