#include "common.h"
SEC("tc") int p(struct __sk_buff *skb){ __be32 x = 5; return bpf_csum_diff(0, 0, &x, 4, 0) ? 0 : 2; }
