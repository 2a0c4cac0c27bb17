#include "common.h"

struct val { struct bpf_spin_lock lock; __u64 cnt; };
struct { __uint(type, BPF_MAP_TYPE_ARRAY); __uint(max_entries, 4); __type(key, __u32); __type(value, struct val); } am SEC(".maps");
SEC("tc") int p(struct __sk_buff *skb){ __u32 k0=0, k1=1; struct val *a = bpf_map_lookup_elem(&am, &k0); if (!a) return 0;
  struct val *b = bpf_map_lookup_elem(&am, &k1); if (!b) return 0;
  bpf_spin_lock(&a->lock); a->cnt = b->cnt; bpf_spin_unlock(&b->lock); return 0; }
