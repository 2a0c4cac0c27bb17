// sock_addr program type: counts IPv4 connects per destination port and lets every connect proceed.
#include <bpf_helpers.h>
#include <ebpf_nethooks.h>

struct {
    __uint(type, BPF_MAP_TYPE_HASH);
    __type(key, uint16_t);   // destination port, host byte order
    __type(value, uint64_t); // connects
    __uint(max_entries, 1024);
} connects_per_port SEC(".maps");

SEC("cgroup/connect4")
int CountConnects(bpf_sock_addr_t *ctx)
{
    uint16_t port = __builtin_bswap16(ctx->user_port);
    uint64_t *count = bpf_map_lookup_elem(&connects_per_port, &port);
    if (count) {
        __sync_fetch_and_add(count, 1);
    } else {
        uint64_t one = 1;
        bpf_map_update_elem(&connects_per_port, &port, &one, BPF_NOEXIST);
    }
    return BPF_SOCK_ADDR_VERDICT_PROCEED;
}

char LICENSE[] SEC("license") = "Dual BSD/GPL";
