#include "hdr.h"
char LICENSE[] SEC("license") = "Proprietary";
TC { return bpf_get_route_realm(skb) & 1; }
