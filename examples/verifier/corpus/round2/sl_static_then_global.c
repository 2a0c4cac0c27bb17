#include "common.h"

struct val { struct bpf_spin_lock lock; __u64 cnt; };
struct { __uint(type, BPF_MAP_TYPE_ARRAY); __uint(max_entries, 1); __type(key, __u32); __type(value, struct val); } am SEC(".maps");

__attribute__((noinline)) int g(int x){ return x + 1; }
static __attribute__((noinline)) int s(struct val *v){ v->cnt = g(v->cnt); return 0; }
SEC("tc") int p(struct __sk_buff *skb){ __u32 k=0; struct val *v = bpf_map_lookup_elem(&am, &k); if (!v) return 0;
  bpf_spin_lock(&v->lock); s(v); bpf_spin_unlock(&v->lock); return 0; }
