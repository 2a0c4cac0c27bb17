#include <linux/bpf.h>
#include <bpf/bpf_helpers.h>
struct { __uint(type, BPF_MAP_TYPE_PROG_ARRAY); __uint(max_entries,4); __type(key,__u32); __type(value,__u32);} jt SEC(".maps");
SEC("tc") int dispatch(struct __sk_buff *skb) { return bpf_tail_call(skb, &jt, skb->mark & 3); }
char _license[] SEC("license")="GPL";
