/* safe: session table maintenance: BPF_NOEXIST on SYN, BPF_EXIST refresh, delete on FIN */
#include "common.h"
#include <linux/tcp.h>
struct sess { __u64 first_ns; __u64 last_ns; };
struct { __uint(type, BPF_MAP_TYPE_HASH); __type(key, __u64); __type(value, struct sess); __uint(max_entries, 65536); } sessions SEC(".maps");
SEC("xdp") int track(struct xdp_md *ctx)
{
	void *end = (void *)(long)ctx->data_end;
	struct iphdr *ip = xdp_ip(ctx);
	if (!ip || ip->protocol != IPPROTO_TCP || ip->ihl != 5) return XDP_PASS;
	struct tcphdr *th = (void *)(ip + 1);
	if ((void *)(th + 1) > end) return XDP_PASS;
	__u64 key = ((__u64)ip->saddr << 32) | ((__u32)th->source << 16) | th->dest;
	__u64 now = bpf_ktime_get_ns();
	struct sess s = { .first_ns = now, .last_ns = now };
	if (th->syn && !th->ack)
		bpf_map_update_elem(&sessions, &key, &s, BPF_NOEXIST);
	else if (th->fin || th->rst)
		bpf_map_delete_elem(&sessions, &key);
	else if (bpf_map_update_elem(&sessions, &key, &s, BPF_EXIST) == 0)
		return XDP_PASS;
	return XDP_PASS;
}
