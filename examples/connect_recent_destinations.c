// LRU hash: remembers when each IPv4 destination (address, port) was last connected to;
// the least recently used destinations are evicted once 256 are tracked.
#include <bpf_helpers.h>
#include <ebpf_nethooks.h>

typedef struct _destination {
    uint32_t address; // network byte order
    uint16_t port;    // network byte order
    uint16_t padding;
} destination_t;

struct {
    __uint(type, BPF_MAP_TYPE_LRU_HASH);
    __type(key, destination_t);
    __type(value, uint64_t); // bpf_ktime_get_boot_ns() of the last connect
    __uint(max_entries, 256);
} last_connect SEC(".maps");

SEC("cgroup/connect4")
int RememberDestination(bpf_sock_addr_t *ctx)
{
    destination_t destination = {.address = ctx->user_ip4, .port = ctx->user_port};
    uint64_t now = bpf_ktime_get_boot_ns();
    bpf_map_update_elem(&last_connect, &destination, &now, BPF_ANY);
    return BPF_SOCK_ADDR_VERDICT_PROCEED;
}

char LICENSE[] SEC("license") = "Dual BSD/GPL";
