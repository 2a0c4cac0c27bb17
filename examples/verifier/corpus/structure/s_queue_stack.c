/* safe: QUEUE of recent sources, STACK of free slots; push / pop / peek */
#include "common.h"
struct { __uint(type, BPF_MAP_TYPE_QUEUE); __type(value, __u32); __uint(max_entries, 128); } recent SEC(".maps");
struct { __uint(type, BPF_MAP_TYPE_STACK); __type(value, __u64); __uint(max_entries, 64); } free_slots SEC(".maps");
SEC("xdp") int qs(struct xdp_md *ctx)
{
	struct iphdr *ip = xdp_ip(ctx);
	if (!ip) return XDP_PASS;
	__u32 s = ip->saddr, head;
	if (bpf_map_push_elem(&recent, &s, BPF_EXIST) < 0)  /* BPF_EXIST: overwrite oldest */
		return XDP_PASS;
	if (bpf_map_peek_elem(&recent, &head) == 0 && head == s)
		bpf_map_pop_elem(&recent, &head);
	__u64 slot;
	if (bpf_map_pop_elem(&free_slots, &slot) == 0) {
		slot += 1;
		bpf_map_push_elem(&free_slots, &slot, 0);
	}
	return XDP_PASS;
}
