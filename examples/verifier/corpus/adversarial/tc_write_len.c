// tc writes read-only skb->len
#include "common.h"
SEC("tc") int prog(struct __sk_buff *skb)
{
	skb->len = 64;
	return TC_ACT_OK;
}
LICENSE
