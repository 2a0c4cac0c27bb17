// UNSAFE: a global function is verified on its own and cannot know a lock is held, so Linux refuses to
// call one while holding a bpf_spin_lock.
// cflags: -I/usr/include/x86_64-linux-gnu
#include <linux/bpf.h>
#include <bpf/bpf_helpers.h>

char LICENSE[] SEC("license") = "GPL";

struct val { struct bpf_spin_lock lock; __u64 cnt; };
struct { __uint(type, BPF_MAP_TYPE_ARRAY); __uint(max_entries, 1); __type(key, __u32); __type(value, struct val); } locked SEC(".maps");

__attribute__((noinline)) int bump(int x)
{
    return x + 1;
}

SEC("tc")
int spin_lock_global_call(struct __sk_buff *skb)
{
    __u32 k = 0;
    struct val *v = bpf_map_lookup_elem(&locked, &k);
    if (!v)
        return 0;
    bpf_spin_lock(&v->lock);
    v->cnt = bump(v->cnt);
    bpf_spin_unlock(&v->lock);
    return 0;
}
