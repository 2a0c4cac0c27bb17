/* SAFE: u64 store to &cb[1]: clang knows cb[1] is only 4-aligned and splits it into two 4-byte stores */
#include "common.h"
SEC("tc")
int tc_cb_mis(struct __sk_buff *skb)
{
	*(volatile __u64 *)&skb->cb[1] = bpf_ktime_get_ns();
	return TC_ACT_OK;
}
char LICENSE[] SEC("license") = "GPL";
