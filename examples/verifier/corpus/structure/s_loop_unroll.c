/* safe: #pragma unroll over a fixed array in a map value */
#include "common.h"
struct weights { __u32 w[8]; };
struct { __uint(type, BPF_MAP_TYPE_ARRAY); __type(key, __u32); __type(value, struct weights); __uint(max_entries, 4); } wts SEC(".maps");
SEC("socket") int weigh(struct __sk_buff *skb)
{
	__u32 k = skb->queue_mapping & 3;
	struct weights *w = bpf_map_lookup_elem(&wts, &k);
	if (!w) return 0;
	__u32 total = 0;
	#pragma unroll
	for (int i = 0; i < 8; i++)
		total += w->w[i] * (i + 1);
	return total > skb->len ? skb->len : total;
}
