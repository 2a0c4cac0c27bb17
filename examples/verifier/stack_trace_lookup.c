// UNSAFE: a stack trace map may only be passed to bpf_get_stackid, not bpf_map_lookup_elem.
#include "common.h"

struct {
    __uint(type, BPF_MAP_TYPE_STACK_TRACE);
    __uint(key_size, sizeof(__u32));
    __uint(value_size, 16 * sizeof(__u64));
    __uint(max_entries, 64);
} stacks SEC(".maps");

SEC("kprobe/do_sys_openat2")
int stack_trace_lookup(void *ctx)
{
    __u32 key = 0;
    __u64 *ips = bpf_map_lookup_elem(&stacks, &key);
    return ips ? 1 : 0;
}
