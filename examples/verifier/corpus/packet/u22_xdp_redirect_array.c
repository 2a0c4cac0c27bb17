/* UNSAFE: bpf_redirect_map on a plain ARRAY map */
#include "common.h"
struct { __uint(type, BPF_MAP_TYPE_ARRAY); __type(key, __u32); __type(value, __u32); __uint(max_entries, 8); } ports SEC(".maps");
SEC("xdp")
int xdp_redir_array(struct xdp_md *ctx)
{
	return bpf_redirect_map(&ports, ctx->rx_queue_index & 7, XDP_PASS);
}
char LICENSE[] SEC("license") = "GPL";
