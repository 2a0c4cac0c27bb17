/* UNSAFE: data_meta bounded against data_end instead of data */
#include "common.h"
SEC("tc")
int tc_meta_end(struct __sk_buff *skb)
{
	void *data_end = (void *)(long)skb->data_end;
	__u32 *meta = (void *)(long)skb->data_meta;
	if ((void *)(meta + 1) > data_end)
		return TC_ACT_OK;
	skb->mark = *meta;
	return TC_ACT_OK;
}
char LICENSE[] SEC("license") = "GPL";
