// cflags: -mcpu=v3
// SAFE: bpf_skb_load_bytes with a length in [1, 32] into a 32-byte buffer.
#include "common.h"

SEC("tc")
int skb_load_bytes_bounded(struct __sk_buff *skb)
{
    char buf[32];
    __u32 len = (skb->len & 31) + 1;
    if (bpf_skb_load_bytes(skb, 0, buf, len) < 0)
        return 0;
    return buf[0];
}
