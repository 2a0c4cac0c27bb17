#include "common.h"
SEC("tc") int p(struct __sk_buff *skb){ __u32 k=0; struct ev *v = bpf_map_lookup_elem(&arr,&k); if(!v) return 0;
  __u16 x = skb->mark; if (x >= 8) return 0; __u16 y = bpf_ntohs(x); return v->buf[y]; }
