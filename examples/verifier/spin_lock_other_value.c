// UNSAFE: two lookups of the same key are two map values as far as the kernel knows: locking through one
// and unlocking through the other is "bpf_spin_unlock of different lock".
// cflags: -I/usr/include/x86_64-linux-gnu
#include <linux/bpf.h>
#include <bpf/bpf_helpers.h>

char LICENSE[] SEC("license") = "GPL";

struct val { struct bpf_spin_lock lock; __u64 cnt; };
struct { __uint(type, BPF_MAP_TYPE_ARRAY); __uint(max_entries, 1); __type(key, __u32); __type(value, struct val); } locked SEC(".maps");

SEC("tc")
int spin_lock_other_value(struct __sk_buff *skb)
{
    __u32 k = 0;
    struct val *v = bpf_map_lookup_elem(&locked, &k);
    if (!v)
        return 0;
    struct val *w = bpf_map_lookup_elem(&locked, &k);
    if (!w)
        return 0;
    bpf_spin_lock(&v->lock);
    v->cnt++;
    bpf_spin_unlock(&w->lock);
    return 0;
}
