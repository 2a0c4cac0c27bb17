/* UNSAFE: socket filter writes skb->mark (only cb[] is writable) */
#include "common.h"
SEC("socket")
int sock_mark(struct __sk_buff *skb)
{
	skb->mark = 1;
	return skb->len;
}
char LICENSE[] SEC("license") = "GPL";
