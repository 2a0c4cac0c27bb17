#include "common.h"
SEC("cgroup_skb/egress") int p(struct __sk_buff *skb){ skb->priority = 3; return 1; }
