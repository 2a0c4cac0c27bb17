// SAFE: __sk_buff->sk is the packet's socket or NULL; after a NULL check its common fields are readable.
#include "common.h"

SEC("tc")
int skb_sk_checked(struct __sk_buff *skb)
{
    struct bpf_sock *sk = skb->sk;
    if (!sk)
        return 0;
    return sk->family == 10 ? 2 : 0;
}
