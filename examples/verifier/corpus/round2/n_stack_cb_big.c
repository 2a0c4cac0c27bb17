#include "common.h"

static int cb(__u32 i, void *c){ volatile char b[300]; b[i & 255] = 1; return 0; }
SEC("tc") int p(struct __sk_buff *skb){ volatile char a[300]; a[skb->len & 255] = 2; bpf_loop(2, cb, 0, 0); return a[0]; }
