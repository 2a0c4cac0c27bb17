#include "hdr.h"
char LICENSE[] SEC("license") = "GPL";
TC { return bpf_skb_under_cgroup(skb, &arr, 0); }
