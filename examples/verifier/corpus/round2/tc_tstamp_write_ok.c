#include "common.h"
SEC("tc") int p(struct __sk_buff *skb){ skb->tstamp = 0; skb->priority = 3; return TC_ACT_OK; }
