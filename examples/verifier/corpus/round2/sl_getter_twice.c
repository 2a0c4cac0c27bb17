#include "common.h"

struct val { struct bpf_spin_lock lock; __u64 cnt; __u64 other; };
struct { __uint(type, BPF_MAP_TYPE_HASH); __uint(max_entries, 4); __type(key, __u32); __type(value, struct val); } lm SEC(".maps");

static __attribute__((noinline)) struct val *get(__u32 k){ return bpf_map_lookup_elem(&lm, &k); }
SEC("tc") int p(struct __sk_buff *skb){
  struct val *a = get(0); if (!a) return 0;
  struct val *b = get(1); if (!b) return 0;
  bpf_spin_lock(&a->lock); a->cnt++; bpf_spin_unlock(&b->lock); return 0; }
