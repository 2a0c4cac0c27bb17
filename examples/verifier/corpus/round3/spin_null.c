#include "hdr.h"
char LICENSE[] SEC("license") = "GPL";
TC { __u32 k=0; struct lval *v = bpf_map_lookup_elem(&lk, &k); bpf_spin_lock(&v->l); bpf_spin_unlock(&v->l); return 0; }
