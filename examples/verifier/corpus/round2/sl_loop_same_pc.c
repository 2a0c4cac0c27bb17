#include "common.h"

struct val { struct bpf_spin_lock lock; __u64 cnt; };
struct { __uint(type, BPF_MAP_TYPE_HASH); __uint(max_entries, 4); __type(key, __u32); __type(value, struct val); } lm SEC(".maps");
struct { __uint(type, BPF_MAP_TYPE_HASH); __uint(max_entries, 4); __type(key, __u32); __type(value, struct val); } lm2 SEC(".maps");

SEC("tc") int p(struct __sk_buff *skb){ struct val *p[2];
  for (__u32 k = 0; k < 2; k++) { struct val *v = bpf_map_lookup_elem(&lm, &k); if (!v) return 0; p[k] = v; }
  bpf_spin_lock(&p[0]->lock); p[0]->cnt++; bpf_spin_unlock(&p[1]->lock); return 0; }
