#include "hdr.h"
char LICENSE[] SEC("license") = "Proprietary";
TC { return bpf_get_hash_recalc(skb) & 1; }
