/* UNSAFE: hand-written 8-byte store at cb[1] (offset 52, misaligned for 8 bytes) */
#include "common.h"
SEC("tc")
int tc_cb_mis(struct __sk_buff *skb)
{
	__u64 t = bpf_ktime_get_ns();
	asm volatile("*(u64 *)(%[ctx] + 52) = %[v]" :: [ctx]"r"(skb), [v]"r"(t) : "memory");
	return TC_ACT_OK;
}
char LICENSE[] SEC("license") = "GPL";
