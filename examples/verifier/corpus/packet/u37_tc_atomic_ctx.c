/* UNSAFE: atomic add on skb->mark (ctx memory) */
#include "common.h"
SEC("tc")
int tc_atomic_mark(struct __sk_buff *skb)
{
	__sync_fetch_and_add(&skb->mark, 1);
	return TC_ACT_OK;
}
char LICENSE[] SEC("license") = "GPL";
