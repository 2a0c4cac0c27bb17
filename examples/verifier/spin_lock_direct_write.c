// UNSAFE: stores into the bpf_spin_lock field directly.
#include "common.h"

struct locked { struct bpf_spin_lock lock; __u32 count; };

struct {
    __uint(type, BPF_MAP_TYPE_HASH);
    __type(key, __u32);
    __type(value, struct locked);
    __uint(max_entries, 16);
} stats SEC(".maps");

SEC("xdp")
int spin_lock_direct_write(struct xdp_md *ctx)
{
    __u32 key = 0;
    struct locked *v = bpf_map_lookup_elem(&stats, &key);
    if (!v)
        return XDP_PASS;
    *(volatile __u64 *)v = 0;
    return XDP_PASS;
}
