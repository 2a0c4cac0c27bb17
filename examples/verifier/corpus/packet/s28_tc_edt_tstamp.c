/* SAFE: EDT pacing: tc sets skb->tstamp (8-byte field) from a per-flow horizon */
#include "common.h"
struct { __uint(type, BPF_MAP_TYPE_HASH); __type(key, __u32); __type(value, __u64); __uint(max_entries, 4096); } next_tstamp SEC(".maps");
#define NSEC_PER_PKT 10000ULL
SEC("tc")
int tc_edt(struct __sk_buff *skb)
{
	__u32 key = skb->hash;
	__u64 now = bpf_ktime_get_ns();
	__u64 ts = skb->tstamp;
	if (ts < now)
		ts = now;
	__u64 *next = bpf_map_lookup_elem(&next_tstamp, &key);
	if (!next) {
		__u64 n = ts + NSEC_PER_PKT;
		bpf_map_update_elem(&next_tstamp, &key, &n, BPF_ANY);
		return TC_ACT_OK;
	}
	if (*next > ts) {
		if (*next - now > 2000000000ULL)
			return TC_ACT_SHOT;
		skb->tstamp = *next;
	}
	*next = (*next > ts ? *next : ts) + NSEC_PER_PKT;
	return TC_ACT_OK;
}
char LICENSE[] SEC("license") = "GPL";
