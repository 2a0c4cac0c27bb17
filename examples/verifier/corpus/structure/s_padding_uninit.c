/* safe for root: struct key with padding holes passed to map_update without memset (kernel: allow_uninit_stack for CAP_PERFMON) */
#include "common.h"
struct key { __u8 proto; /* 3 bytes hole */ __u32 saddr; __u16 port; /* 6 bytes hole */ __u64 ts; };
struct { __uint(type, BPF_MAP_TYPE_HASH); __type(key, struct key); __type(value, __u64); __uint(max_entries, 1024); } seen SEC(".maps");
SEC("xdp") int pad(struct xdp_md *ctx)
{
	struct iphdr *ip = xdp_ip(ctx);
	if (!ip) return XDP_PASS;
	struct key k;
	k.proto = ip->protocol;
	k.saddr = ip->saddr;
	k.port = 0;
	k.ts = 0;
	__u64 one = 1;
	bpf_map_update_elem(&seen, &k, &one, BPF_ANY);
	return XDP_PASS;
}
