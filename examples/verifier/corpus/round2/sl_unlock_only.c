#include "common.h"

struct val { struct bpf_spin_lock lock; __u64 cnt; __u64 other; };
struct { __uint(type, BPF_MAP_TYPE_ARRAY); __uint(max_entries, 1); __type(key, __u32); __type(value, struct val); } lm SEC(".maps");

SEC("tc") int p(struct __sk_buff *skb){ __u32 k=0; struct val *v = bpf_map_lookup_elem(&lm, &k); if (!v) return 0;
  v->cnt++; bpf_spin_unlock(&v->lock); return 0; }
