// SAFE: parses Ethernet, IPv4 (variable header length) and TCP, counting SYNs per destination port.
#include "common.h"

struct {
    __uint(type, BPF_MAP_TYPE_PERCPU_ARRAY);
    __uint(max_entries, 65536);
    __type(key, __u32);
    __type(value, __u64);
} syns SEC(".maps");

SEC("xdp")
int parse_tcp(struct xdp_md *ctx)
{
    unsigned char *data = (unsigned char *)(long)ctx->data;
    unsigned char *end = (unsigned char *)(long)ctx->data_end;
    if (data + 14 + 20 > end)
        return XDP_PASS;
    if (data[12] != 0x08 || data[13] != 0x00 || data[23] != 6)
        return XDP_PASS;
    unsigned int ihl = (data[14] & 0x0f) * 4;
    if (ihl < 20)
        return XDP_PASS;
    unsigned char *tcp = data + 14 + ihl;
    if (tcp + 20 > end)
        return XDP_PASS;
    if (!(tcp[13] & 0x02))
        return XDP_PASS;
    __u32 port = (tcp[2] << 8) | tcp[3];
    __u64 *count = bpf_map_lookup_elem(&syns, &port);
    if (count)
        *count += 1;
    return XDP_PASS;
}
