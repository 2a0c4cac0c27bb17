// Stack: unbinds push the released port, so user mode pops the most recently freed port first.
// The port is bytes 2-3 of the sockaddr (sin_port / sin6_port), in network byte order.
#include <bpf_helpers.h>
#include <ebpf_nethooks.h>

struct {
    __uint(type, BPF_MAP_TYPE_STACK);
    __type(value, uint16_t);
    __uint(max_entries, 64);
} freed_ports SEC(".maps");

SEC("bind")
bind_action_t StackFreedPorts(bind_md_t *ctx)
{
    if (ctx->operation == BIND_OPERATION_UNBIND && ctx->socket_address_length >= 4) {
        uint16_t port = (uint16_t)(ctx->socket_address[2] << 8 | ctx->socket_address[3]);
        bpf_map_push_elem(&freed_ports, &port, BPF_EXIST);
    }
    return BIND_PERMIT;
}

char LICENSE[] SEC("license") = "Dual BSD/GPL";
