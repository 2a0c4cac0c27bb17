/* UNSAFE: ringbuf record not submitted on the non-IPv4 path (unreleased reference) */
#include "common.h"
struct event { __u32 saddr; __u32 len; };
struct { __uint(type, BPF_MAP_TYPE_RINGBUF); __uint(max_entries, 1 << 16); } rb SEC(".maps");
SEC("tc")
int tc_events_leak(struct __sk_buff *skb)
{
	struct event *e = bpf_ringbuf_reserve(&rb, sizeof(*e), 0);
	if (!e)
		return TC_ACT_OK;
	void *data = (void *)(long)skb->data;
	void *data_end = (void *)(long)skb->data_end;
	struct iphdr *iph = data + sizeof(struct ethhdr);
	if ((void *)(iph + 1) > data_end)
		return TC_ACT_OK;
	e->saddr = iph->saddr;
	e->len = skb->len;
	bpf_ringbuf_submit(e, 0);
	return TC_ACT_OK;
}
char LICENSE[] SEC("license") = "GPL";
