// Per-CPU hash: counts binds per IP protocol, each CPU in its own slot (no atomic needed).
#include <bpf_helpers.h>
#include <ebpf_nethooks.h>

struct {
    __uint(type, BPF_MAP_TYPE_PERCPU_HASH);
    __type(key, uint8_t);    // IPPROTO_TCP, IPPROTO_UDP, ...
    __type(value, uint64_t); // binds seen on this CPU
    __uint(max_entries, 32);
} binds_per_protocol SEC(".maps");

SEC("bind")
bind_action_t CountProtocols(bind_md_t *ctx)
{
    if (ctx->operation != BIND_OPERATION_BIND)
        return BIND_PERMIT;
    uint8_t protocol = ctx->protocol;
    uint64_t *count = bpf_map_lookup_elem(&binds_per_protocol, &protocol);
    if (count) {
        (*count)++;
    } else {
        uint64_t one = 1;
        bpf_map_update_elem(&binds_per_protocol, &protocol, &one, BPF_ANY);
    }
    return BIND_PERMIT;
}

char LICENSE[] SEC("license") = "Dual BSD/GPL";
