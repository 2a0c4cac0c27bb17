/* SAFE: tc packet sampler: perf_event_output with skb payload (flags | len << 32) */
#include "common.h"
struct { __uint(type, BPF_MAP_TYPE_PERF_EVENT_ARRAY); __uint(key_size, 4); __uint(value_size, 4); } samples SEC(".maps");
struct sample_meta { __u32 ifindex; __u32 len; __u64 ts; };
SEC("tc")
int tc_sample(struct __sk_buff *skb)
{
	if ((bpf_get_prandom_u32() & 0xff) != 0)
		return TC_ACT_OK;
	struct sample_meta m = { .ifindex = skb->ifindex, .len = skb->len, .ts = bpf_ktime_get_ns() };
	__u64 cap = skb->len < 128 ? skb->len : 128;
	bpf_perf_event_output(skb, &samples, BPF_F_CURRENT_CPU | (cap << 32), &m, sizeof(m));
	return TC_ACT_OK;
}
char LICENSE[] SEC("license") = "GPL";
