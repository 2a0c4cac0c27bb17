/* UNSAFE: 8-byte store at cb[4] runs past the end of cb[] into hash */
#include "common.h"
SEC("tc")
int tc_cb_over(struct __sk_buff *skb)
{
	*(volatile __u64 *)&skb->cb[4] = 0;
	return TC_ACT_OK;
}
char LICENSE[] SEC("license") = "GPL";
