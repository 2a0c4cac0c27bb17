/* safe: LRU_HASH connection table: lookup, delete when expired, re-insert with BPF_ANY */
#include "common.h"
struct ent { __u64 ts; __u32 hits; __u32 pad; };
struct { __uint(type, BPF_MAP_TYPE_LRU_HASH); __type(key, __u32); __type(value, struct ent); __uint(max_entries, 1024); } conns SEC(".maps");
SEC("socket") int lru(struct __sk_buff *skb)
{
	__u32 k = skb->hash;
	__u64 now = bpf_ktime_get_ns();
	struct ent *e = bpf_map_lookup_elem(&conns, &k);
	if (e && now - e->ts < 1000000000ULL) {
		e->hits++;
		return skb->len;
	}
	if (e) bpf_map_delete_elem(&conns, &k);
	struct ent n = { .ts = now, .hits = 1 };
	bpf_map_update_elem(&conns, &k, &n, BPF_ANY);
	return skb->len;
}
