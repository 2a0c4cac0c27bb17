#include "common.h"
SEC("socket") int p(struct __sk_buff *skb){ skb->mark = 5; return 0; }
