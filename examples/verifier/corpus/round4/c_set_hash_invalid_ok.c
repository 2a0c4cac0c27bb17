#include <linux/bpf.h>
#include <bpf/bpf_helpers.h>
SEC("tc") int prog(struct __sk_buff *skb) { bpf_set_hash_invalid(skb); return 0; }
char _license[] SEC("license")="GPL";
