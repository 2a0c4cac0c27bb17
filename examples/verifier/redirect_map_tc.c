// UNSAFE: bpf_redirect_map is an XDP helper; a tc program cannot use it.
#include "common.h"

struct {
    __uint(type, BPF_MAP_TYPE_DEVMAP);
    __type(key, __u32);
    __type(value, __u32);
    __uint(max_entries, 8);
} ports SEC(".maps");

SEC("tc")
int redirect_map_tc(struct __sk_buff *skb)
{
    return bpf_redirect_map(&ports, 0, 0);
}
