// Linux cgroup_skb: counts bytes sent to each IPv4 destination, keeping the 512 most recently used
// destinations in an LRU hash; every packet is allowed (returns 1).
#include <bpf_helpers.h>

#define AF_INET 2

struct {
    __uint(type, BPF_MAP_TYPE_LRU_HASH);
    __type(key, __u32);   // remote IPv4 address, network byte order
    __type(value, __u64); // bytes sent
    __uint(max_entries, 512);
} bytes_per_destination SEC(".maps");

SEC("cgroup_skb/egress")
int count_egress(struct __sk_buff *skb)
{
    if (skb->family != AF_INET)
        return 1;
    __u32 destination = skb->remote_ip4;
    __u64 *bytes = bpf_map_lookup_elem(&bytes_per_destination, &destination);
    if (bytes) {
        __sync_fetch_and_add(bytes, skb->len);
    } else {
        __u64 first = skb->len;
        bpf_map_update_elem(&bytes_per_destination, &destination, &first, BPF_ANY);
    }
    return 1;
}

char LICENSE[] SEC("license") = "GPL";
