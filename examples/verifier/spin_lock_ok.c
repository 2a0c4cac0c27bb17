// SAFE: updates a counter pair under the value's bpf_spin_lock.
#include "common.h"

struct locked { struct bpf_spin_lock lock; __u64 packets; __u64 bytes; };

struct {
    __uint(type, BPF_MAP_TYPE_HASH);
    __type(key, __u32);
    __type(value, struct locked);
    __uint(max_entries, 16);
} stats SEC(".maps");

SEC("tc")
int spin_lock_ok(struct __sk_buff *skb)
{
    __u32 key = skb->ifindex & 15;
    struct locked *v = bpf_map_lookup_elem(&stats, &key);
    if (!v)
        return 0;
    bpf_spin_lock(&v->lock);
    v->packets++;
    v->bytes += skb->len;
    bpf_spin_unlock(&v->lock);
    return 0;
}
