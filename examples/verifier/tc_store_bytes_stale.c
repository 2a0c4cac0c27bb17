// UNSAFE: bpf_skb_store_bytes may move the packet; the old packet pointer is then invalid.
#include "common.h"

SEC("tc")
int tc_store_bytes_stale(struct __sk_buff *skb)
{
    void *data = (void *)(long)skb->data;
    void *data_end = (void *)(long)skb->data_end;
    if (data + 14 > data_end)
        return 0;
    __u8 mac[2] = {1, 2};
    bpf_skb_store_bytes(skb, 0, mac, 2, 0);
    return ((volatile __u8 *)data)[12];
}
