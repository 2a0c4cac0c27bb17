/* UNSAFE: per-byte histogram on stack indexed by packet byte masked to 0..31 for 16 slots */
#include "common.h"
struct { __uint(type, BPF_MAP_TYPE_ARRAY); __type(key, __u32); __type(value, __u32); __uint(max_entries, 1); } out SEC(".maps");
SEC("xdp")
int xdp_stack_oob(struct xdp_md *ctx)
{
	void *data = (void *)(long)ctx->data;
	void *data_end = (void *)(long)ctx->data_end;
	__u8 hist[16] = {};
	__u8 *p = data;
	if ((void *)(p + 4) > data_end)
		return XDP_PASS;
	for (int i = 0; i < 4; i++)
		hist[p[i] & 0x1f]++;
	__u32 k = 0, v = hist[0] + hist[15];
	bpf_map_update_elem(&out, &k, &v, BPF_ANY);
	return XDP_PASS;
}
char LICENSE[] SEC("license") = "GPL";
