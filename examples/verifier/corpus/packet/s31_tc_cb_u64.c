/* SAFE: tc stores a 64-bit timestamp in cb[0..1] and cb[2..3] (8-byte aligned cb access) */
#include "common.h"
SEC("tc")
int tc_cb64(struct __sk_buff *skb)
{
	__u64 prev = *(volatile __u64 *)&skb->cb[0];
	*(volatile __u64 *)&skb->cb[2] = prev;
	*(volatile __u64 *)&skb->cb[0] = bpf_ktime_get_ns();
	skb->cb[4] = 1;
	return TC_ACT_OK;
}
char LICENSE[] SEC("license") = "GPL";
