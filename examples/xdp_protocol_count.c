// xdp_test program type (eBPF for Windows' XDP test hook): counts IPv4 packets per IP protocol in a
// per-CPU array and drops UDP datagrams to the discard port (9).
#include <bpf_helpers.h>
#include <ebpf_nethooks.h>

#define ETH_HEADER_SIZE 14
#define ETH_P_IP 0x0800
#define IPPROTO_UDP 17
#define DISCARD_PORT 9

struct {
    __uint(type, BPF_MAP_TYPE_PERCPU_ARRAY);
    __type(key, uint32_t);   // IP protocol number
    __type(value, uint64_t); // packets seen on this CPU
    __uint(max_entries, 256);
} packets_per_protocol SEC(".maps");

SEC("xdp_test")
int CountProtocols(xdp_md_t *ctx)
{
    uint8_t *data = ctx->data;
    uint8_t *data_end = ctx->data_end;
    if (data + ETH_HEADER_SIZE + 20 > data_end)
        return XDP_PASS;
    if ((data[12] << 8 | data[13]) != ETH_P_IP)
        return XDP_PASS;
    uint8_t *ip = data + ETH_HEADER_SIZE;
    uint32_t protocol = ip[9];
    uint64_t *count = bpf_map_lookup_elem(&packets_per_protocol, &protocol);
    if (count)
        (*count)++;
    if (protocol == IPPROTO_UDP) {
        uint8_t *udp = ip + (ip[0] & 0x0f) * 4;
        if (udp + 8 > data_end)
            return XDP_PASS;
        if ((udp[2] << 8 | udp[3]) == DISCARD_PORT)
            return XDP_DROP;
    }
    return XDP_PASS;
}

char LICENSE[] SEC("license") = "Dual BSD/GPL";
