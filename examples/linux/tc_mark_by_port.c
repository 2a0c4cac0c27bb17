// Linux tc classifier: marks IPv4 TCP packets to port 443 with skb->mark = 443 using direct packet
// access, and tail-calls a second program from a program array that counts the marked packets.
#include <bpf_helpers.h>

#define ETH_P_IP 0x0800
#define IPPROTO_TCP 6
#define TC_ACT_OK 0

struct {
    __uint(type, BPF_MAP_TYPE_ARRAY);
    __type(key, __u32);
    __type(value, __u64);
    __uint(max_entries, 1);
} marked SEC(".maps");

SEC("tc")
int count_marked(struct __sk_buff *skb)
{
    __u32 zero = 0;
    __u64 *packets = bpf_map_lookup_elem(&marked, &zero);
    if (packets)
        __sync_fetch_and_add(packets, 1);
    return TC_ACT_OK;
}

struct {
    __uint(type, BPF_MAP_TYPE_PROG_ARRAY);
    __uint(max_entries, 1);
    __uint(key_size, sizeof(__u32));
    __array(values, int(struct __sk_buff *));
} next_stage SEC(".maps") = {
    .values = {[0] = (void *)&count_marked},
};

SEC("tc")
int mark_https(struct __sk_buff *skb)
{
    __u8 *data = (__u8 *)(long)skb->data;
    __u8 *data_end = (__u8 *)(long)skb->data_end;
    if (data + 14 + 20 > data_end)
        return TC_ACT_OK;
    if ((data[12] << 8 | data[13]) != ETH_P_IP || data[14 + 9] != IPPROTO_TCP)
        return TC_ACT_OK;
    __u8 *tcp = data + 14 + (data[14] & 0x0f) * 4;
    if (tcp + 20 > data_end)
        return TC_ACT_OK;
    if ((tcp[2] << 8 | tcp[3]) != 443)
        return TC_ACT_OK;
    skb->mark = 443;
    bpf_tail_call(skb, &next_stage, 0);
    return TC_ACT_OK;
}

char LICENSE[] SEC("license") = "Dual BSD/GPL";
