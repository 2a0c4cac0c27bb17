/* SAFE: socket filter with narrow ctx reads (pkt_type byte, protocol half, vlan fields) and cb writes */
#include "common.h"
SEC("socket")
int sock_narrow(struct __sk_buff *skb)
{
	__u8 pt = *(volatile __u8 *)&skb->pkt_type;
	__u16 proto = *(volatile __u16 *)&skb->protocol;
	__u16 len_hi = *(volatile __u16 *)((char *)&skb->len + 2);
	if (pt != 0 /* PACKET_HOST */ || len_hi)
		return 0;
	skb->cb[1] = skb->vlan_present ? skb->vlan_tci : 0;
	*(volatile __u8 *)&skb->cb[2] = 1;
	return proto == bpf_htons(ETH_P_IPV6) ? skb->len : 0;
}
char LICENSE[] SEC("license") = "GPL";
