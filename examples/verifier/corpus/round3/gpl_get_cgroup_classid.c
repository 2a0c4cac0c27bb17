#include "hdr.h"
char LICENSE[] SEC("license") = "Proprietary";
TC { return bpf_get_cgroup_classid(skb) & 1; }
