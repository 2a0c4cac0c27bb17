#include "common.h"

__attribute__((noinline)) int f(int x){ volatile char b[300]; b[x & 255] = 1; return b[0]; }
SEC("tc") int p(struct __sk_buff *skb){ volatile char a[300]; a[skb->len & 255] = 2; return f(skb->mark) + a[0]; }
