#include "hdr.h"
char LICENSE[] SEC("license") = "Proprietary";
TC { __u32 k=0; struct lval *v = bpf_map_lookup_elem(&lk, &k); if (!v) return 0; bpf_spin_lock(&v->l); v->x++; bpf_spin_unlock(&v->l); return 0; }
