/* UNSAFE: narrow (1-byte) store into skb->mark; only whole-field writes allowed */
#include "common.h"
SEC("tc")
int tc_mark_byte(struct __sk_buff *skb)
{
	*(volatile __u8 *)&skb->mark = 0x5a;
	return TC_ACT_OK;
}
char LICENSE[] SEC("license") = "GPL";
