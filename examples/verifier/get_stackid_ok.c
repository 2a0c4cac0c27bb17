// SAFE: counts kernel stacks by id from a stack trace map.
#include "common.h"

struct {
    __uint(type, BPF_MAP_TYPE_STACK_TRACE);
    __uint(key_size, sizeof(__u32));
    __uint(value_size, 127 * sizeof(__u64));
    __uint(max_entries, 1024);
} stacks SEC(".maps");

SEC("kprobe/do_sys_openat2")
int get_stackid_ok(void *ctx)
{
    long id = bpf_get_stackid(ctx, &stacks, 0);
    if (id < 0)
        return 0;
    __u32 key = id;
    struct value *v = bpf_map_lookup_elem(&values, &key);
    if (v)
        __sync_fetch_and_add(&v->count, 1);
    return 0;
}
