#include "hdr.h"
char LICENSE[] SEC("license") = "Proprietary";
TC { return bpf_l3_csum_replace(skb, 14, 1, 2, 2); }
