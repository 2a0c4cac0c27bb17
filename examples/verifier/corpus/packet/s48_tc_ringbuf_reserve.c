/* SAFE: tc flow event via bpf_ringbuf_reserve/submit */
#include "common.h"
struct event { __u32 saddr, daddr; __u32 len; __u32 ifindex; };
struct { __uint(type, BPF_MAP_TYPE_RINGBUF); __uint(max_entries, 1 << 16); } rb SEC(".maps");
SEC("tc")
int tc_events(struct __sk_buff *skb)
{
	void *data = (void *)(long)skb->data;
	void *data_end = (void *)(long)skb->data_end;
	struct iphdr *iph = data + sizeof(struct ethhdr);
	if ((void *)(iph + 1) > data_end)
		return TC_ACT_OK;
	struct event *e = bpf_ringbuf_reserve(&rb, sizeof(*e), 0);
	if (!e)
		return TC_ACT_OK;
	e->saddr = iph->saddr;
	e->daddr = iph->daddr;
	e->len = skb->len;
	e->ifindex = skb->ifindex;
	bpf_ringbuf_submit(e, 0);
	return TC_ACT_OK;
}
char LICENSE[] SEC("license") = "GPL";
