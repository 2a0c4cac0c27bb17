// Linux xdp: counts IPv4 packets per IP protocol in a per-CPU array and drops UDP datagrams to the
// discard port (9); everything else passes.
#include <bpf_helpers.h>

#define ETH_HEADER_SIZE 14
#define ETH_P_IP 0x0800
#define IPPROTO_UDP 17
#define DISCARD_PORT 9

struct {
    __uint(type, BPF_MAP_TYPE_PERCPU_ARRAY);
    __type(key, __u32);   // IP protocol number
    __type(value, __u64); // packets seen on this CPU
    __uint(max_entries, 256);
} packets_per_protocol SEC(".maps");

SEC("xdp")
int count_protocols(struct xdp_md *ctx)
{
    __u8 *data = (__u8 *)(long)ctx->data;
    __u8 *data_end = (__u8 *)(long)ctx->data_end;
    if (data + ETH_HEADER_SIZE + 20 > data_end)
        return XDP_PASS;
    if ((data[12] << 8 | data[13]) != ETH_P_IP)
        return XDP_PASS;
    __u8 *ip = data + ETH_HEADER_SIZE;
    __u32 protocol = ip[9];
    __u64 *count = bpf_map_lookup_elem(&packets_per_protocol, &protocol);
    if (count)
        (*count)++;
    if (protocol == IPPROTO_UDP) {
        __u8 *udp = ip + (ip[0] & 0x0f) * 4;
        if (udp + 8 > data_end)
            return XDP_PASS;
        if ((udp[2] << 8 | udp[3]) == DISCARD_PORT)
            return XDP_DROP;
    }
    return XDP_PASS;
}

char LICENSE[] SEC("license") = "Dual BSD/GPL";
