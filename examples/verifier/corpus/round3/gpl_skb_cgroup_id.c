#include "hdr.h"
char LICENSE[] SEC("license") = "Proprietary";
TC { return bpf_skb_cgroup_id(skb) & 1; }
