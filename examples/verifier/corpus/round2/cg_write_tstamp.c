#include "common.h"
SEC("cgroup_skb/egress") int p(struct __sk_buff *skb){ skb->tstamp = 1; return 1; }
