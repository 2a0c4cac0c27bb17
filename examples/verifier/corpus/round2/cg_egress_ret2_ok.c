#include "common.h"
SEC("cgroup_skb/egress") int p(struct __sk_buff *skb){ return skb->len > 100 ? 2 : 1; }
