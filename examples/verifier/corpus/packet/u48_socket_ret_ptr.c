/* SAFE as root (allow_ptr_leaks): socket filter returns a map value pointer */
#include "common.h"
struct { __uint(type, BPF_MAP_TYPE_ARRAY); __type(key, __u32); __type(value, __u64); __uint(max_entries, 1); } m SEC(".maps");
SEC("socket")
int sock_ret_ptr(struct __sk_buff *skb)
{
	__u32 k = 0;
	__u64 *v = bpf_map_lookup_elem(&m, &k);
	if (!v)
		return 0;
	return (long)v;
}
char LICENSE[] SEC("license") = "GPL";
