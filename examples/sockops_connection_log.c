// sockops program type: counts established (active and passive) and deleted connections by event.
#include <bpf_helpers.h>
#include <ebpf_nethooks.h>

struct {
    __uint(type, BPF_MAP_TYPE_ARRAY);
    __type(key, uint32_t);   // bpf_sock_op_type_t
    __type(value, uint64_t); // events
    __uint(max_entries, 3);
} connection_events SEC(".maps");

SEC("sockops")
int CountConnectionEvents(bpf_sock_ops_t *ctx)
{
    uint32_t op = ctx->op;
    uint64_t *count = bpf_map_lookup_elem(&connection_events, &op);
    if (count)
        __sync_fetch_and_add(count, 1);
    return 0;
}

char LICENSE[] SEC("license") = "Dual BSD/GPL";
