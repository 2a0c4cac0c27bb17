#include "hdr.h"
char LICENSE[] SEC("license") = "Proprietary";
TC { return bpf_skb_under_cgroup(skb, &cga, 0); }
