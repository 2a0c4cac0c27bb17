#include "common.h"
SEC("tc") int p(struct __sk_buff *skb){ __u32 k=0; struct ev *v = bpf_map_lookup_elem(&arr,&k); if(!v) return 0;
  __u64 x = ((__u64)skb->mark << 32) | skb->len; if ((__u32)x > 7) return 0; return v->buf[x & 0xffffffffULL]; }
