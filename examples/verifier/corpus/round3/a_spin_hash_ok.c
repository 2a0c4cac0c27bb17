#include "hdr.h"
char LICENSE[] SEC("license") = "GPL";
struct { __uint(type, BPF_MAP_TYPE_HASH); __uint(max_entries, 4); __type(key, __u32); __type(value, struct lval); } lh SEC(".maps");
TC { __u32 k=0; struct lval *v = bpf_map_lookup_elem(&lh, &k); if (!v) return 0; bpf_spin_lock(&v->l); v->x++; bpf_spin_unlock(&v->l); return 0; }
