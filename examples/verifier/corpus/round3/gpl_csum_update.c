#include "hdr.h"
char LICENSE[] SEC("license") = "Proprietary";
TC { return bpf_csum_update(skb, 1) & 1; }
