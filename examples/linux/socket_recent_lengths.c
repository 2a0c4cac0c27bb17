// Linux socket filter with a queue and a stack: remembers the lengths of recent packets, oldest
// first in a queue and newest first in a stack; accepts every packet whole.
#include <bpf_helpers.h>

struct {
    __uint(type, BPF_MAP_TYPE_QUEUE);
    __type(value, __u32);
    __uint(max_entries, 64);
} lengths_oldest_first SEC(".maps");

struct {
    __uint(type, BPF_MAP_TYPE_STACK);
    __type(value, __u32);
    __uint(max_entries, 64);
} lengths_newest_first SEC(".maps");

SEC("socket")
int remember_lengths(struct __sk_buff *skb)
{
    __u32 length = skb->len;
    bpf_map_push_elem(&lengths_oldest_first, &length, BPF_EXIST);
    bpf_map_push_elem(&lengths_newest_first, &length, BPF_EXIST);
    return skb->len;
}

char LICENSE[] SEC("license") = "GPL";
