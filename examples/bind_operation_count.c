// Array: counts bind, post-bind and unbind operations, indexed by bind_operation_t.
#include <bpf_helpers.h>
#include <ebpf_nethooks.h>

struct {
    __uint(type, BPF_MAP_TYPE_ARRAY);
    __type(key, uint32_t);
    __type(value, uint64_t);
    __uint(max_entries, 3);
} operations SEC(".maps");

SEC("bind")
bind_action_t CountOperations(bind_md_t *ctx)
{
    uint32_t operation = ctx->operation;
    uint64_t *count = bpf_map_lookup_elem(&operations, &operation);
    if (count)
        __sync_fetch_and_add(count, 1);
    return BIND_PERMIT;
}

char LICENSE[] SEC("license") = "Dual BSD/GPL";
