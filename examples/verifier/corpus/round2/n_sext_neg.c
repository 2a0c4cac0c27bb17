#include "common.h"
SEC("tc") int p(struct __sk_buff *skb){ __u32 k=0; struct ev *v = bpf_map_lookup_elem(&arr,&k); if(!v) return 0;
  int i = skb->mark; if (i < 8) return v->buf[i]; return 0; }
