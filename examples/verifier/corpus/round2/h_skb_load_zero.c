#include "common.h"
SEC("tc") int p(struct __sk_buff *skb){ char b[4]; bpf_skb_load_bytes(skb, 0, b, 0); return 0; }
