#include "hdr.h"
char LICENSE[] SEC("license") = "GPL";
struct { __uint(type, BPF_MAP_TYPE_ARRAY); __uint(max_entries, 2); __type(key, __u32); __type(value, struct lval); } l2 SEC(".maps");
TC { __u32 k=0,j=1; struct lval *v = bpf_map_lookup_elem(&l2, &k); struct lval *w = bpf_map_lookup_elem(&l2, &j); if (!v || !w) return 0; bpf_spin_lock(&v->l); bpf_spin_unlock(&w->l); return 0; }
