// Linux socket filter: keeps only IPv4 UDP packets (whole packet) and drops the rest, counting
// the packets it kept and dropped. Reads the packet with classic-BPF absolute loads (LD_ABS).
#include <bpf_helpers.h>

#define ETH_P_IP 0x0800
#define IPPROTO_UDP 17

enum { KEPT, DROPPED };

struct {
    __uint(type, BPF_MAP_TYPE_ARRAY);
    __type(key, __u32);
    __type(value, __u64);
    __uint(max_entries, 2);
} verdicts SEC(".maps");

static void count(__u32 verdict)
{
    __u64 *packets = bpf_map_lookup_elem(&verdicts, &verdict);
    if (packets)
        __sync_fetch_and_add(packets, 1);
}

SEC("socket")
int udp_only(struct __sk_buff *skb)
{
    if (load_half(skb, 12) == ETH_P_IP && load_byte(skb, 14 + 9) == IPPROTO_UDP) {
        count(KEPT);
        return skb->len;
    }
    count(DROPPED);
    return 0;
}

char LICENSE[] SEC("license") = "Dual BSD/GPL";
