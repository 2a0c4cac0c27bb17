#include "hdr.h"
char LICENSE[] SEC("license") = "GPL";
SEC("cgroup_skb/egress") int prog(struct __sk_buff *skb) { return bpf_get_local_storage(&arr, 0) != 0; }
