#include "common.h"

struct val { struct bpf_spin_lock lock; __u64 cnt; };
struct { __uint(type, BPF_MAP_TYPE_ARRAY); __uint(max_entries, 1); __type(key, __u32); __type(value, struct val); } am SEC(".maps");

SEC("tc") int p(struct __sk_buff *skb){ __u32 k=0; struct val *v = bpf_map_lookup_elem(&am, &k);
  struct val *w = bpf_map_lookup_elem(&am, &k); if (!v || !w) return 0;
  bpf_spin_lock(&v->lock); v->cnt++; bpf_spin_unlock(&w->lock); return 0; }
