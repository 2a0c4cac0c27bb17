#include "common.h"

enum mode { M_A, M_B, M_C };
__attribute__((noinline)) int act(enum mode m, struct __sk_buff *skb){ if (!skb) return 0; return m == M_B ? skb->mark : 0; }
SEC("tc") int p(struct __sk_buff *skb){ return act(M_B, skb) ? TC_ACT_OK : TC_ACT_SHOT; }
