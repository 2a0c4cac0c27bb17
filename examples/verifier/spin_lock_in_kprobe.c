// UNSAFE: tracing programs may not use a map whose values hold a bpf_spin_lock.
#include "common.h"

struct locked { struct bpf_spin_lock lock; __u64 calls; };

struct {
    __uint(type, BPF_MAP_TYPE_ARRAY);
    __type(key, __u32);
    __type(value, struct locked);
    __uint(max_entries, 1);
} stats SEC(".maps");

SEC("kprobe/do_sys_openat2")
int spin_lock_in_kprobe(void *ctx)
{
    __u32 key = 0;
    struct locked *v = bpf_map_lookup_elem(&stats, &key);
    if (v)
        v->calls++;
    return 0;
}
