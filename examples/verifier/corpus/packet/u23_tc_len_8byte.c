/* UNSAFE: 8-byte load of skb->len (a 4-byte field) */
#include "common.h"
SEC("tc")
int tc_len64(struct __sk_buff *skb)
{
	__u64 both = *(volatile __u64 *)&skb->len; /* len + pkt_type in one go */
	return (both & 0xffffffff) > 1500 ? TC_ACT_SHOT : TC_ACT_OK;
}
char LICENSE[] SEC("license") = "GPL";
