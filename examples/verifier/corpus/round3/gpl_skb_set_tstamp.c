#include "hdr.h"
char LICENSE[] SEC("license") = "Proprietary";
TC { return bpf_skb_set_tstamp(skb, 0, 0); }
