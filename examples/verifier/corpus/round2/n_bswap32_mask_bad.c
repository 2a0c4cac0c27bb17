#include "common.h"
SEC("tc") int p(struct __sk_buff *skb){ __u32 k=0; struct ev *v = bpf_map_lookup_elem(&arr,&k); if(!v) return 0;
  __u32 x = bpf_ntohl(skb->mark & 0x0f000000); return v->buf[x]; }
