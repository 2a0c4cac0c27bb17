#include "common.h"

static __attribute__((noinline)) int f(int x){ volatile char b[200]; b[x & 127] = 1; return b[0]; }
SEC("tc") int p(struct __sk_buff *skb){ volatile char a[200]; a[skb->len & 127] = 2; return f(skb->mark) + a[0]; }
