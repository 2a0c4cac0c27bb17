#include "common.h"
SEC("tc") int p(struct __sk_buff *skb){ __u32 k=0; struct ev *v = bpf_map_lookup_elem(&arr,&k); if(!v) return 0;
  __s32 i = skb->mark; if (i > 7) return 0; if (i < -2) return 0; return v->buf[i + 2]; }
