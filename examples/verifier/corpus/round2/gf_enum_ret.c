#include "common.h"

enum verdict { V_OK = 0, V_BAD = 1 };
__attribute__((noinline)) enum verdict chk(int x){ return x > 5 ? V_BAD : V_OK; }
SEC("tc") int p(struct __sk_buff *skb){ return chk(skb->len) == V_BAD ? TC_ACT_SHOT : TC_ACT_OK; }
