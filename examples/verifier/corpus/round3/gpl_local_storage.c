#include "hdr.h"
char LICENSE[] SEC("license") = "Proprietary";
struct { __uint(type, BPF_MAP_TYPE_CGROUP_STORAGE); __type(key, struct bpf_cgroup_storage_key); __type(value, __u64); } cgs SEC(".maps");
SEC("cgroup_skb/egress") int prog(struct __sk_buff *skb) { __u64 *v = bpf_get_local_storage(&cgs, 0); return *v & 1; }
