// socket filters cannot use direct packet access
#include "common.h"
SEC("socket") int prog(struct __sk_buff *skb)
{
	void *data = (void *)(long)skb->data, *end = (void *)(long)skb->data_end;
	if (data + 1 > end) return 0;
	return *(unsigned char *)data;
}
LICENSE
