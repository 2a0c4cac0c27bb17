// UNSAFE: bpf_skb_load_bytes with a length that may exceed the 32-byte buffer.
#include "common.h"

SEC("tc")
int skb_load_bytes_unbounded(struct __sk_buff *skb)
{
    char buf[32];
    __u32 len = (skb->len & 63) + 1;
    if (bpf_skb_load_bytes(skb, 0, buf, len) < 0)
        return 0;
    return buf[0];
}
