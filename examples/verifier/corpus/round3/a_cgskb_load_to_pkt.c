#include "hdr.h"
char LICENSE[] SEC("license") = "GPL";
SEC("cgroup_skb/egress") int prog(struct __sk_buff *skb) { void *d = (void*)(long)skb->data, *e = (void*)(long)skb->data_end; if (d + 4 > e) return 1; bpf_skb_load_bytes(skb, 0, d, 4); return 1; }
